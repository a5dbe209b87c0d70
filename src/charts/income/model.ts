import type { ChartModel } from '../kit/chart-definition.ts';
import type { TextMark } from '../kit/geometry/text-mark.ts';
import type { PointMark } from '../kit/marks/kinds.ts';

/** A grid or axis line. */
export interface Rule {
  k: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  kind: 'grid' | 'axis';
}

export interface LineMark {
  k: string;
  d: string;
  color: string;
  width: number;
  dash?: string;
}

export interface AreaMark {
  k: string;
  d: string;
  color: string;
  opacity: number;
}

/** Points: a kind's shape from the kit's kinds table; Quzhou's values, another place, are diamonds. */
export type { PointMark };

export interface BarMark {
  k: string;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  /** planned values are drawn outlined and hatched, achieved ones solid */
  hatched: boolean;
}

/** Geometry of kc-income-chart for one view and size; each view fills the lists it uses. */
export interface IncomeModel extends ChartModel {
  width: number;
  height: number;
  rules: Rule[];
  areas: AreaMark[];
  bars: BarMark[];
  lines: LineMark[];
  points: PointMark[];
  labels: TextMark[];
}
