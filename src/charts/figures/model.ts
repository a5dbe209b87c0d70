import type { ChartModel } from '../kit/chart-definition.ts';
import type { PointKind } from '../../model/types.ts';
import type { TextMark } from '../kit/geometry/text-mark.ts';

/** One big-number tile; its text marks are in the tile's own coordinates. */
export interface FigureTile {
  k: string;
  x: number;
  y: number;
  width: number;
  height: number;
  kind: PointKind;
  color: string;
  /** where the kind's point sits beside the tag (its shape: kit/marks/kinds.ts) */
  marker: { cx: number; cy: number };
  /** the latest figure's kind point, before its line at the tile's foot */
  latestMarker?: { cx: number; cy: number; kind: PointKind };
  texts: TextMark[];
}

/** Geometry of kc-figures for one view and size. */
export interface FiguresModel extends ChartModel {
  width: number;
  height: number;
  tiles: FigureTile[];
}
