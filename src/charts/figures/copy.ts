import type { Copy } from '../kit/chart-text.ts';
import type { Bilingual, Figure, PointKind } from '../../model/types.ts';
import { kindWord } from '../../model/i18n/kind-word.ts';

/** A figure as the summary states it. */
export interface FigureFacts {
  label: string;
  /** The value with its unit and bound. */
  value: string;
  year: number;
  kind: PointKind;
}

export const FIGURE_COPY = {
  summary: {
    zh: (f) => `${f.label}：${f.value}（${f.year} 年${kindWord(f.kind, 'zh')}）`,
    en: (f) => `${f.label}: ${f.value} (${f.year} ${kindWord(f.kind, 'en')})`,
  },
} satisfies Copy<FigureFacts>;

/** Where a target's indicator last stood, under the target: "2021 年预计 587 亿元" / "2021 estimate: 58.7 billion yuan". */
export const LATEST_COPY = {
  line: {
    zh: (f) => `${f.year} 年${kindWord(f.kind, 'zh')} ${f.value}`,
    en: (f) => `${f.year} ${kindWord(f.kind, 'en')}: ${f.value}`,
  },
  /** After the target in the summary. */
  aside: {
    zh: (f) => `，${f.year} 年${kindWord(f.kind, 'zh')}为 ${f.value}`,
    en: (f) => `, against ${f.value} in ${f.year} (${kindWord(f.kind, 'en')})`,
  },
} satisfies Copy<FigureFacts>;

/** Fixed words of kc-figures and the punctuation its lists are joined with. */
export const FIGURES_COPY = {
  figureColumn: { zh: '指标', en: 'Figure' },
  noteColumn: { zh: '说明', en: 'Note' },
  listGap: { zh: '；', en: '; ' },
  stop: { zh: '。', en: '.' },
} satisfies Copy<never>;

/** The place view's title. */
export const PLACE_TITLE_COPY = {
  title: { zh: '柯城：衢州的中心城区，四省边际', en: 'Kecheng: the heart of Quzhou, where four provinces meet' },
} satisfies Copy<never>;

/** The villages view's title, from its figures: future villages, boutique villages, and the example village's first. */
export const VILLAGES_TITLE_COPY = {
  title: {
    zh: ([future, boutique, example]) =>
      `${future?.year} 年目标：${future?.value} 个未来乡村、${boutique?.value} 个精品村；余东村 ${example?.year} 年先行`,
    en: ([future, boutique, example]) =>
      `Targets for ${future?.year}: ${future?.value} future villages, ${boutique?.value} boutique villages; Yudong went first in ${example?.year}`,
  },
} satisfies Copy<Figure[]>;

/** The targets view's title: the latest target year, the first target with its value, and how many targets. */
export const TARGETS_TITLE_COPY = {
  title: {
    zh: (f) => `${f.year} 年目标：${f.label}${f.value}等 ${f.count} 项，结果尚未公布`,
    en: (f) => `Targets for ${f.year}: ${f.label} ${f.value} and ${f.count - 1} more, no results yet`,
  },
} satisfies Copy<{ year: number; label: string; value: string; count: number }>;

/**
 * Shorter names for tiles too small for a figure's own label (a phone's grid of eight targets), by figure id; the
 * summary and the data table keep the full labels from the data.
 */
export const FIGURE_SHORT_LABELS: Record<string, Bilingual> = {
  'services-va': { zh: '服务业增加值', en: 'Services value added' },
  'retail-sales': { zh: '社会消费品零售', en: 'Retail sales' },
  'rd-share': { zh: '研发经费占比', en: 'R&D share of GDP' },
  'high-tech-share': { zh: '高新技术产业占比', en: 'High-tech share' },
  'unemployment-rate': { zh: '城镇登记失业率', en: 'Urban unemployment' },
  'income-all': { zh: '居民人均收入', en: 'Income per person' },
  'urban-rural-ratio': { zh: '城乡收入倍差', en: 'Urban–rural ratio' },
};
