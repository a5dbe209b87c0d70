import type { Figure } from '../../model/types.ts';
import type { FigureName } from './views.ts';

export type VillageFigures = Record<FigureName, Figure>;

export interface VillageCounts {
  total: number;
  /** the fewest villages that meet "at least share % of villages": share % of the total, rounded up */
  upper: number;
  /** the rest, who must reach the base level */
  base: number;
}

/** How many villages each 2026 level asks for, from the count of villages and the stated share (pure). */
export function villageCounts(figures: VillageFigures): VillageCounts {
  const total = figures.villages.value;
  // 60 % of 211 is 126.6: 126 villages would fall short of the target, so the target means 127.
  const upper = Math.min(total, Math.ceil(Number(((total * figures.upperShare.value) / 100).toFixed(9))));
  return { total, upper, base: total - upper };
}
