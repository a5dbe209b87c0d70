import type { Figure, Lang } from '../../model/types.ts';
import { boundedValue } from '../../model/bounded-value.ts';
import { viewGuard } from '../kit/registry.ts';
import { PLACE_TITLE_COPY, TARGETS_TITLE_COPY, VILLAGES_TITLE_COPY } from './copy.ts';
import { VIEWS, type View } from './view-names.ts';

export { VIEWS, type View } from './view-names.ts';
export const DEFAULT_VIEW: View = 'place';
export const isView = /* @__PURE__ */ viewGuard(VIEWS);

/** A figure in a FiguresDataset file: data/<dataset>.json, figure id. */
export interface FigureRef {
  dataset: string;
  figure: string;
}

const ref = (dataset: string, figure: string): FigureRef => ({ dataset, figure });

export interface FiguresView {
  figures: FigureRef[];
  /**
   * The latest figure the documents give for a tile's indicator, on the same scope, by the tile's figure id: a
   * target tile then reads as a tracker, from where the indicator last stood to where it is to be.
   */
  latest?: Record<string, FigureRef>;
  /** datasets whose notes the view shows under the tiles */
  notes: string[];
  /** the title, with any number taken from the view's figures (in the order listed) */
  title: (figures: Figure[], lang: Lang) => string;
}

const value = (f: Figure | undefined, lang: Lang) => (f ? boundedValue(f.value, f.unit, f.bound, lang) : '');

/** A list of targets' title: the latest target year, the first target with its value, how many, no results yet. */
function targetsTitle(figures: Figure[], lang: Lang): string {
  const [first] = figures;
  if (!first) return '';
  const year = Math.max(...figures.map((f) => f.year));
  return TARGETS_TITLE_COPY.title[lang]({ year, label: first.label[lang], value: value(first, lang), count: figures.length });
}

export const FIGURES_VIEWS: Record<View, FiguresView> = {
  place: {
    figures: [
      ref('place', 'township-units'),
      ref('place', 'village-committees'),
      ref('place', 'residents-committees'),
      ref('place', 'hangbu-villages'),
    ],
    notes: ['place'],
    title: (_figures, lang) => PLACE_TITLE_COPY.title[lang],
  },
  villages: {
    figures: [
      ref('targets-2026', 'future-villages'),
      ref('targets-2026', 'boutique-villages'),
      ref('record-2021', 'yudong-output'),
      ref('record-2021', 'yudong-collective-income-added'),
    ],
    notes: [],
    title: (figures, lang) => VILLAGES_TITLE_COPY.title[lang](figures),
  },
  targets: {
    figures: [
      'gdp',
      'services-va',
      'retail-sales',
      'rd-share',
      'high-tech-share',
      'unemployment-rate',
      'income-all',
      'urban-rural-ratio',
    ].map((id) => ref('targets-2026', id)),
    notes: ['targets-2026'],
    title: (figures, lang) => targetsTitle(figures, lang),
  },
  // The watch list the story ends on: targets for 2026 beside the 2021 estimates of the congress guide of
  // December 2021 — where each indicator last stood in these documents, and where it is to be.
  watch: {
    figures: ['gdp', 'retail-sales', 'income-all'].map((id) => ref('targets-2026', id)),
    latest: {
      gdp: ref('record-2021', 'gdp'),
      'retail-sales': ref('record-2021', 'retail-sales'),
      'income-all': ref('record-2021', 'income-all'),
    },
    notes: ['targets-2026'],
    title: (figures, lang) => targetsTitle(figures, lang),
  },
};
