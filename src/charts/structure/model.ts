import type { ChartModel } from '../kit/chart-definition.ts';
import type { TextMark } from '../kit/geometry/text-mark.ts';
import type { Sector } from './views.ts';

/**
 * One sector's share in one bar; target bars are hatched and outlined. A faded segment (a sector the view
 * does not bring forward) is a pale tint with its outline in the sector's colour, so it keeps 3:1 contrast.
 */
export interface Segment {
  k: string;
  x: number;
  y: number;
  width: number;
  height: number;
  sector: Sector;
  color: string;
  target: boolean;
  faded: boolean;
}

/** A guide line (dashed) tying a value in one bar to another. */
export interface Guide {
  k: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Geometry of kc-structure-chart for one view and size. */
export interface StructureModel extends ChartModel {
  width: number;
  height: number;
  segments: Segment[];
  guides: Guide[];
  labels: TextMark[];
}
