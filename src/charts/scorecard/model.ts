import type { ChartModel } from '../../components/chart-element';
import type { IndicatorStatus, Lang } from '../../data/types';
import type { TextMark } from '../shared/text-mark';

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

/** Geometry of kc-scorecard for one view and size. */
export interface ScorecardModel extends ChartModel {
  width: number;
  height: number;
  lang: Lang;
  tiles: Tile[];
  labels: TextMark[];
}
