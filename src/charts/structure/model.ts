import type { ChartModel } from '../kit/chart-definition.ts';
import type { TextMark } from '../kit/geometry/text-mark.ts';
import type { Sector } from './views.ts';

/**
 * One sector's share in one bar; the plan's target bar is hatched as every planned value is (its sectors told
 * apart by their order, labels and the gaps between them). A faded segment (a sector the view does not bring
 * forward) is a pale tint outlined in its colour, so it keeps 3:1 contrast.
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
