import type { ChartModel } from '../kit/chart-definition.ts';
import type { Box } from '../kit/geometry/avoid-overlap.ts';
import type { TextMark } from '../kit/geometry/text-mark.ts';
import type { BarMark, RuleMark } from '../kit/marks/bars.ts';
import type { PointMark } from '../kit/marks/kinds.ts';
import type { BandMark, LineMark, SpanMark } from './marks.ts';

export interface LineModel extends ChartModel {
  width: number;
  height: number;
  /** The plot area inside the axes. */
  plot: Box;
  grid: { k: string; y: number; zero: boolean }[];
  xTicks: { k: string; x: number; labelled: boolean }[];
  bands: BandMark[];
  /** The span across a break the view marks (`jump`). */
  spans: SpanMark[];
  lines: LineMark[];
  points: PointMark[];
  /** A rates view's bars and their axis; empty in a levels view, as the levels' marks are in a rates view. */
  bars: BarMark[];
  rules: RuleMark[];
  /** Every piece of text in the plot: axis labels, unit, value labels, annotations. */
  texts: TextMark[];
  /** Boxes of the placed labels (not axis text), for checking that none overlap. */
  labelBoxes: { k: string; box: Box }[];
}
