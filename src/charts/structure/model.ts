import type { ChartModel } from '../../components/chart-element';
import type { TextMark } from '../shared/text-mark';
import type { Sector } from './views';

/** One sector's share in one bar; target bars are hatched and outlined. */
export interface Segment {
  k: string;
  x: number;
  y: number;
  width: number;
  height: number;
  sector: Sector;
  color: string;
  target: boolean;
  opacity: number;
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
