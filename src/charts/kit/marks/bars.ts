/** A bar of a rate-bar chart: planned values are drawn outlined and hatched, achieved ones solid. */
export interface BarMark {
  k: string;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  hatched: boolean;
}

/** A straight grid or axis line. */
export interface RuleMark {
  k: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  kind: 'grid' | 'axis';
}
