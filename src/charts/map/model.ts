import type { ChartModel } from '../kit/chart-definition.ts';
import type { TextMark } from '../kit/geometry/text-mark.ts';

/**
 * How a path is drawn: `land` (muted, a backdrop), `focus` (the highlighted unit, full colour),
 * `focus-soft` (highlighted by a tint and a full-colour edge), `outline` (Kecheng's edge in the plan),
 * `zone` (a plan zone: tint and dashed edge), `axis` (the plan's axis).
 */
export type PathRole = 'land' | 'focus' | 'focus-soft' | 'outline' | 'zone' | 'axis';

export interface MapPath {
  k: string;
  d: string;
  role: PathRole;
}

/** A point symbol: the district's seat, a plan's core or sub-centre, a mountain, a village. */
export interface MapPoint {
  k: string;
  x: number;
  y: number;
  kind: 'seat' | 'core' | 'sub-core' | 'mountain' | 'village';
}

/** A tile of the schematic tile map; `level` is its class on the sequential scale (0 = none). */
export interface MapTile {
  k: string;
  x: number;
  y: number;
  width: number;
  height: number;
  level: number;
  texts: TextMark[];
}

/** A swatch of the tile map's legend. */
export interface LegendSwatch {
  x: number;
  y: number;
  size: number;
  level: number;
}

/** Geometry of kc-district-map for one view and size. */
export interface MapModel extends ChartModel {
  width: number;
  height: number;
  paths: MapPath[];
  points: MapPoint[];
  tiles: MapTile[];
  swatches: LegendSwatch[];
  /** every label, tile text and legend text: none overlaps another */
  labels: TextMark[];
  scaleBar?: { x: number; y: number; width: number };
  north?: { x: number; y: number };
}

/** Fill opacity of each level of the tile map's sequential scale (level 0: no villages, outline only). */
export const LEVEL_OPACITY = [0, 0.15, 0.3, 0.45, 1] as const;
/** The highest level sets its text in the background colour; the others in the foreground colour. */
export const DARK_LEVEL = 4;
