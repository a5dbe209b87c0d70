import type { ChartModel } from '../kit/chart-definition.ts';
import type { TextMark } from '../kit/geometry/text-mark.ts';
import type { PointMark } from '../kit/marks/kinds.ts';
import type { BarMark, RuleMark } from '../kit/marks/bars.ts';

/** A grid or axis line. */
export type Rule = RuleMark;

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

/** Bars: planned rates hatched, achieved ones solid in their series' colour (kit/marks/grammar.ts). */
export type { BarMark };

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
