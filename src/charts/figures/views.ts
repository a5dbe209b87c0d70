import type { Figure, Lang } from '../../data/types';
import { boundedValue } from '../shared/bounded-value';

/** Views of kc-figures. */
export const VIEWS = ['place', 'villages', 'targets'] as const;
export type View = (typeof VIEWS)[number];
export const DEFAULT_VIEW: View = 'place';

export function isView(value: string): value is View {
  return (VIEWS as readonly string[]).includes(value);
}

/** A figure in a FiguresDataset file: data/<dataset>.json, figure id. */
export interface FigureRef {
  dataset: string;
  figure: string;
}

const ref = (dataset: string, figure: string): FigureRef => ({ dataset, figure });

export interface FiguresView {
  figures: FigureRef[];
  /** datasets whose notes the view shows under the tiles */
  notes: string[];
  /** the title, with any number taken from the view's figures (in the order listed) */
  title: (figures: Figure[], lang: Lang) => string;
}

const value = (f: Figure | undefined, lang: Lang) => (f ? boundedValue(f.value, f.unit, f.bound, lang) : '');

export const FIGURES_VIEWS: Record<View, FiguresView> = {
  place: {
    figures: [ref('place', 'area'), ref('place', 'population-2021'), ref('place', 'township-units'), ref('place', 'village-committees')],
    notes: ['place'],
    title: (_figures, lang) => (lang === 'zh' ? '柯城：衢州的中心城区，四省边际' : 'Kecheng: the heart of Quzhou, where four provinces meet'),
  },
  villages: {
    figures: [
      ref('record-2021', 'village-income-floor'),
      ref('targets-2026', 'village-income-floor'),
      ref('targets-2026', 'villages-over-50-share'),
      ref('targets-2026', 'future-villages'),
      ref('targets-2026', 'boutique-villages'),
    ],
    notes: [],
    title: ([now, goal], lang) =>
      lang === 'zh'
        ? `村集体经营性收入：${now?.year} 年每村${value(now, lang)}，${goal?.year} 年目标每村${value(goal, lang)}`
        : `Village collectives: ${value(now, lang)} each in ${now?.year}; the ${goal?.year} target is ${value(goal, lang)}`,
  },
  targets: {
    figures: ['gdp', 'services-va', 'retail-sales', 'rd-share', 'high-tech-share', 'unemployment-rate', 'income-all', 'urban-rural-ratio'].map((id) =>
      ref('targets-2026', id),
    ),
    notes: ['targets-2026'],
    title: (figures, lang) => {
      const [first] = figures;
      const year = Math.max(...figures.map((f) => f.year));
      if (!first) return '';
      return lang === 'zh'
        ? `${year} 年目标：${first.label.zh}${value(first, lang)}等 ${figures.length} 项`
        : `Targets for ${year}: ${first.label.en} ${value(first, lang)} and ${figures.length - 1} more`;
    },
  },
};
