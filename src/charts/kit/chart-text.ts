import type { Lang, PointKind } from '../../model/types.ts';
import type { PointShape } from './marks/kinds.ts';

/**
 * A chart's copy as data: its sentences (written from facts `F`) and fixed words, keyed by name, zh and en side
 * by side. The text functions compute the facts and pick `[lang]`.
 */
export type Copy<F> = Record<string, Record<Lang, string | string[] | ((f: F) => string | string[])>>;

/** A legend entry for a meaning drawn as a bar or a path: its look and colour come from marks/grammar.ts. */
export type MeaningSwatch = 'planned' | 'required' | 'required-path';

/**
 * A legend entry; its swatch says how the mark looks, so the legend never relies on colour alone. A point of a
 * kind names the kind, and a planned or required bar or a required path names its meaning: each takes its shape
 * and colour from marks/ as the plot does. A category's line, area or point names its look and colour.
 */
export type LegendItem =
  | { label: string; swatch: PointKind | MeaningSwatch }
  | {
      label: string;
      swatch: 'line' | 'dashed' | 'dotted' | 'square' | 'hatched' | PointShape;
      /** a CSS colour, normally a custom property such as var(--kc-actual) */
      color: string;
    };

/** Where a table row's numbers come from: the unit they are in and the place in a source that states them. */
export interface TableRowRef {
  /** the unit as words in the table's language ("亿元", "billion yuan"), "" when the row has none */
  unit: string;
  /** id in data/sources.json, "" for a row computed from other rows */
  source: string;
  /** where in that source: table, line, section; or how the row was computed */
  locator: string;
  /** the row's number as the data holds it, when the row states one: its receipt marks it in the quote */
  value?: number;
}

export interface ChartTable {
  columns: string[];
  rows: string[][];
  /** One per row, in the same order: unit and source of each row, for the CSV download. */
  refs?: TableRowRef[];
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
