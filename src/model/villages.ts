import { datasetOf } from './lookup.ts';
import type { DataBundle, Figure } from './types.ts';

/**
 * The village figures the story and the villages chart both count from, and the count the 2026 target asks for.
 * Kept in the model so the story's `{villages:…}` tokens and the chart read one definition.
 */

/** Where each figure is kept: data/<dataset>.json, figure id. */
export const VILLAGE_FIGURES = {
  villages: { dataset: 'place', figure: 'village-committees' },
  floor2021: { dataset: 'record-2021', figure: 'village-income-floor' },
  floor2026: { dataset: 'targets-2026', figure: 'village-income-floor' },
  upperLevel: { dataset: 'targets-2026', figure: 'villages-over-50-threshold' },
  upperShare: { dataset: 'targets-2026', figure: 'villages-over-50-share' },
} as const;

export type VillageFigureName = keyof typeof VILLAGE_FIGURES;
export type VillageFigures = Record<VillageFigureName, Figure>;

/** The figures, looked up in the bundle; a missing one is an error naming the dataset and figure. */
export function villageFigures(data: DataBundle): VillageFigures {
  const entries = (Object.keys(VILLAGE_FIGURES) as VillageFigureName[]).map((name): [VillageFigureName, Figure] => {
    const { dataset, figure } = VILLAGE_FIGURES[name];
    const found = datasetOf(data, dataset, 'figures').figures.find((f) => f.id === figure);
    if (!found) throw new Error(`kc-village-chart: dataset "${dataset}" has no figure "${figure}"`);
    return [name, found];
  });
  return Object.fromEntries(entries) as VillageFigures;
}

export interface VillageCounts {
  total: number;
  /** the fewest villages that meet "at least share % of villages": share % of the total, rounded up */
  upper: number;
  /** the rest, who must reach the base level */
  base: number;
}

/** How many villages each 2026 level asks for, from the count of villages and the stated share. */
export function villageCounts(figures: VillageFigures): VillageCounts {
  const total = figures.villages.value;
  // 60 % of 211 is 126.6: 126 villages would fall short of the target, so the target means 127.
  const upper = Math.min(total, Math.ceil(Number(((total * figures.upperShare.value) / 100).toFixed(9))));
  return { total, upper, base: total - upper };
}
