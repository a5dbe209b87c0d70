/** A legend entry; `swatch` says how the mark looks so the legend never relies on colour alone. */
export interface LegendItem {
  label: string;
  swatch: 'line' | 'dashed' | 'dotted' | 'dot' | 'ring' | 'square' | 'hatched';
  /** a CSS colour, normally a custom property such as var(--kc-actual) */
  color: string;
}

export interface ChartTable {
  columns: string[];
  rows: string[][];
}

/** Everything the frame around a chart shows as text, computed from data and view (pure). */
export interface ChartText {
  title: string;
  subtitle?: string;
  /** What the chart shows in this view, with its numbers: the accessible description. */
  summary: string;
  legend: LegendItem[];
  notes: string[];
  /** ids in data/sources.json */
  sourceIds: string[];
  table: ChartTable;
}
