import type { ChartModel } from '../kit/chart-definition.ts';
import type { TextMark } from '../kit/geometry/text-mark.ts';
import type { Tier } from './views.ts';

/** One square: a village in the count, not a particular village. */
export interface VillageUnit {
  k: string;
  x: number;
  y: number;
  size: number;
  tier: Tier;
}

/** A key square beside a header line, drawn like the units it describes. */
export interface KeySwatch {
  k: string;
  x: number;
  y: number;
  size: number;
  tier: Tier;
}

export interface VillagesModel extends ChartModel {
  width: number;
  height: number;
  units: VillageUnit[];
  swatches: KeySwatch[];
  labels: TextMark[];
}
