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
  opacity: number;
}

/** Geometry of kc-scorecard for one view and size. */
export interface ScorecardModel extends ChartModel {
  width: number;
  height: number;
  lang: Lang;
  tiles: Tile[];
  labels: TextMark[];
}

/** Opacity of what a view does not bring forward. */
export const FADED = 0.28;
export const FADED_TEXT = 0.45;
