import type { ChartModel } from '../kit/chart-definition.ts';
import type { IndicatorStatus, Lang } from '../../model/types.ts';
import type { TextMark } from '../kit/geometry/text-mark.ts';
import type { PointMark } from '../kit/marks/kinds.ts';

/** One indicator's square: colour, glyph and fill together say its status. */
export interface Tile {
  k: string;
  x: number;
  y: number;
  size: number;
  status: IndicatorStatus;
  /** Not brought forward by the view: drawn in outline, still readable (see plot.ts). */
  faded: boolean;
}

/** A box in the plot: a result box ("?": nothing published), a binding indicator's square, a rule between groups. */
export interface LedgerBox {
  k: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The marks of the `plan-2025` view's ledger beyond its text (see plan-ledger.ts). */
export interface Ledger {
  /** each target's point, drawn as targets are in every chart */
  targets: PointMark[];
  results: LedgerBox[];
  /** a solid square before the name of each binding indicator */
  binding: LedgerBox[];
  rules: LedgerBox[];
}

/** Geometry of kc-scorecard for one view and size. */
export interface ScorecardModel extends ChartModel {
  width: number;
  height: number;
  lang: Lang;
  tiles: Tile[];
  labels: TextMark[];
  /** the `plan-2025` view on a plot with room for a row per indicator */
  ledger?: Ledger;
}
