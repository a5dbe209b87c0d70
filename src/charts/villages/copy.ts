import type { Copy } from '../kit/chart-text.ts';
import { t } from '../../model/i18n/strings.ts';

/** A figure of the chart: its year, its number, and the number written with its unit and bound ("100 万元以上"). */
export interface Level {
  year: number;
  value: number;
  text: string;
}

/** Counts and levels, already computed from the data, that the chart's sentences are written from. */
export interface VillageFacts {
  total: number;
  /** The fewest villages that meet the upper target. */
  upper: number;
  /** The rest, who must reach the base level. */
  base: number;
  /** The share of villages the upper target asks for, in percent. */
  share: number;
  /** total × share before rounding up, as the language writes it: "126.6". */
  exact: string;
  /** The year of the division codes the villages are counted from. */
  codesYear: number;
  floor2021: Level;
  floor2026: Level;
  upperLevel: Level;
}

/** Words and sentences of kc-village-chart, zh and en side by side. */
export const VILLAGES_COPY = {
  /** How the language writes the unrounded count. */
  locale: { zh: 'zh-CN', en: 'en' },
  unit: { zh: '个', en: 'villages' },
  floorLine: {
    zh: (f) => `${f.floor2021.year} 年${t('actual', 'zh')}：${f.total} 个村全部${f.floor2021.text}`,
    en: (f) => `${t('actual', 'en')}, ${f.floor2021.year}: all ${f.total} villages ${f.floor2021.text}`,
  },
  upperLine: {
    zh: (f) => `${t('target', 'zh')}：至少 ${f.upper} 个村（${f.share}%）${f.upperLevel.text}`,
    en: (f) => `${t('target', 'en')}: ${f.upperLevel.text} in at least ${f.upper} villages (${f.share}%)`,
  },
  baseLine: {
    zh: (f) => `${t('target', 'zh')}：其余 ${f.base} 个村${f.floor2026.text}`,
    en: (f) => `${t('target', 'en')}: ${f.floor2026.text} in the other ${f.base}`,
  },
  squaresNote: {
    zh: `每个方块代表一个行政村，不对应具体的村：哪些村达到哪一档，资料没有公布。`,
    en: `Each square stands for one administrative village, not a particular one: which villages reach which level has not been published.`,
  },
  countNote: {
    zh: (f) => `村数（${f.total} 个）据国家统计局 ${f.codesYear} 年版区划代码；2021 年和 2026 年的村数可能因撤并而不同。`,
    en: (f) =>
      `The count of ${f.total} villages is from the ${f.codesYear} edition of the statistics bureau's division codes; the number in 2021 or 2026 may differ after mergers.`,
  },
  floorTitle: {
    zh: (f) => `到 ${f.floor2021.year} 年，柯城每个行政村的村集体经营性收入都在 ${f.floor2021.value} 万元以上`,
    en: (f) => `By ${f.floor2021.year}, every village in Kecheng earned ${f.floor2021.text} a year`,
  },
  floorSummary: {
    zh: (f) =>
      `到 ${f.floor2021.year} 年，全区每个行政村的村集体经济年经营性收入都达到${f.floor2021.text}。图中画的是 ${f.codesYear} 年版区划代码里的 ${f.total} 个行政村。`,
    en: (f) =>
      `By ${f.floor2021.year} every administrative village had a collective operating income of ${f.floor2021.text} a year. The chart draws the ${f.total} villages of the ${f.codesYear} division codes.`,
  },
  columns: {
    zh: ['村', '个数', '年经营性收入', '年份', '类型'],
    en: ['Villages', 'Number', 'Operating income a year', 'Year', 'Kind'],
  },
  allVillages: { zh: '全部行政村', en: 'All administrative villages' },
  targetsTitle: {
    zh: (f) => `${f.floor2026.year} 年目标：每村 ${f.floor2026.value} 万元以上，至少 ${f.upper} 个村 ${f.upperLevel.value} 万元以上`,
    en: (f) => `${f.floor2026.year} targets: every village ${f.floor2026.text}, at least ${f.upper} of ${f.total} ${f.upperLevel.text}`,
  },
  targetsSubtitle: { zh: '村集体经济年经营性收入目标', en: 'Targets for the operating income of village collectives' },
  targetsSummary: {
    zh: (f) =>
      `到 ${f.floor2026.year} 年，${f.total} 个行政村的村集体经营性收入都要达到${f.floor2026.text}，其中不低于 ${f.share}% 要达到${f.upperLevel.text}：${f.total} 的 ${f.share}% 是 ${f.exact}，即至少 ${f.upper} 个村；其余 ${f.base} 个村至少要达到 ${f.floor2026.value} 万元。`,
    en: (f) =>
      `By ${f.floor2026.year} all ${f.total} administrative villages are to earn ${f.floor2026.text} a year, and at least ${f.share}% of them ${f.upperLevel.text}: ${f.share}% of ${f.total} is ${f.exact}, so at least ${f.upper} villages; the other ${f.base} must reach ${f.floor2026.text}.`,
  },
  roundingNote: {
    zh: (f) => `目标是“不低于 ${f.share}%”：${f.total} 的 ${f.share}% 是 ${f.exact}，向上取整为 ${f.upper} 个村，这是达标所需的最少村数。`,
    en: (f) =>
      `The target is "at least ${f.share}%": ${f.share}% of ${f.total} is ${f.exact}, rounded up to ${f.upper}, the fewest villages that meet it.`,
  },
  upperRow: { zh: (f) => `不低于 ${f.share}% 的行政村`, en: (f) => `At least ${f.share}% of villages` },
  atLeastUpper: { zh: (f) => `至少 ${f.upper}`, en: (f) => `at least ${f.upper}` },
  otherVillages: { zh: '其余行政村', en: 'The other villages' },
  atMostBase: { zh: (f) => `至多 ${f.base}`, en: (f) => `at most ${f.base}` },
  /** How the upper row's count is computed, in its source reference. */
  countWord: { zh: '村数', en: 'count' },
} satisfies Copy<VillageFacts>;
