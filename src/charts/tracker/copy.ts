import type { Copy } from '../kit/chart-text.ts';
import type { Bilingual, Lang, PointKind } from '../../model/types.ts';
import { t } from '../../model/i18n/strings.ts';

const zhList = (items: string[]) => items.join('、');
const enList = (items: string[]) => (items.length < 3 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** Fixed words of kc-tracker. */
export const TRACKER_COPY = {
  /** Between the first and last year of a period. */
  dash: { zh: '—', en: '–' },
  comparable: { zh: '可比价', en: 'comparable prices' },
  current: { zh: '当年价', en: 'current prices' },
  achieved: { zh: '实际', en: 'achieved' },
  planned: { zh: '规划', en: 'planned' },
  formulaNote: {
    zh: '所需增速按复利计算：（目标 ÷ 基数）^（1 ÷ 年数）− 1。',
    en: 'The required rate is the constant yearly growth that takes the baseline to the target: (target ÷ baseline)^(1 ÷ years) − 1.',
  },
  floorNote: {
    zh: '目标是下限（“突破”），所示为最低所需增速。',
    en: 'The target is a floor, so the rate shown is the least that is needed.',
  },
  pricesNote: {
    zh: '所需增速由当年价数值算出，含价格变动；按可比价计算的增速不含价格变动，两者不能直接比较。',
    en: 'The required rate comes from current-price values and includes price changes; growth at comparable prices excludes them, so the two do not compare directly.',
  },
  requiredLegend: { zh: '所需增速', en: 'Required' },
  achievedLegend: { zh: '实际增速', en: 'Achieved' },
  plannedLegend: { zh: '规划增速', en: 'Planned' },
  computed: { zh: '计算', en: 'computed' },
  columns: { zh: ['项目', '年份', '数值', '来源'], en: ['Item', 'Years', 'Value', 'Source'] },
  sentenceGap: { zh: '', en: ' ' },
  /** The head over the plot's rows of rates. */
  ratesHead: { zh: '年均增速', en: 'Average annual growth' },
} satisfies Copy<never>;

/** The gauge's heads and target value: "2020 actual" / "2020 年实际"; a floor target reads "突破 800 亿元" / "…, at least". */
export const GAUGE_COPY = {
  head: { zh: (f) => `${f.year} 年${f.kind}`, en: (f) => `${f.year} ${f.kind.toLowerCase()}` },
  floorValue: { zh: (f) => `突破 ${f.value}`, en: (f) => f.value },
} satisfies Copy<{ year: number; kind: string; value: string }>;

/** After the target's head when the target is a floor. */
export const FLOOR_HEAD_COPY = { zh: '', en: ', at least' } satisfies Record<Lang, string>;

/** Words written from one string: a rate, a basis word, a period. */
export const WORD_COPY = {
  perYear: { zh: (rate) => `${rate}/年`, en: (rate) => `${rate} a year` },
  /** A row label's basis qualifier. */
  qualifier: { zh: (basis) => `（${basis}）`, en: (basis) => ` (${basis})` },
  /** A reading phrase's basis. */
  atBasis: { zh: (basis) => `（${basis}）`, en: (basis) => ` at ${basis}` },
  required: { zh: (years) => `所需 ${years}`, en: (years) => `Required, ${years}` },
  /** The required rate when the target is a floor. */
  atLeast: { zh: (rate) => `${rate}以上`, en: (rate) => `at least ${rate}` },
} satisfies Copy<string>;

/** A past rate's row label: who, years and kind. */
export const RATE_LABEL_COPY = {
  main: {
    zh: (f) => `${f.who?.zh ?? ''}${f.who ? ' ' : ''}${f.years} ${f.kind.zh}`,
    en: (f) => `${f.who ? `${f.who.en}, ` : ''}${f.years} ${f.kind.en}`,
  },
} satisfies Copy<{ who?: Bilingual; years: string; kind: Bilingual }>;

/** A past rate as a phrase of the reading; what the phrase before already named is not repeated. */
export interface PhraseFacts {
  rate: string;
  years: string;
  kind: 'achieved' | 'planned';
  who?: Bilingual;
  basis: string;
  samePeriod: boolean;
  sameWho: boolean;
  /** The phrase before is of the same kind and names no subject. */
  sameKind: boolean;
}

export const PHRASE_COPY = {
  phrase: {
    zh: (f) =>
      `${f.samePeriod ? '' : `${f.years} 年`}${f.sameWho ? '' : (f.who?.zh ?? '')}${TRACKER_COPY[f.kind].zh}的 ${f.rate}${f.basis}`,
    en: (f) => {
      const whose = f.who && !(f.sameWho && f.samePeriod) ? ` for ${f.who.en.toLowerCase()}` : '';
      const kind = f.sameKind ? '' : ` ${f.kind}`;
      return `the ${f.rate}${kind}${whose}${f.samePeriod ? '' : ` in ${f.years}`}${f.basis}`;
    },
  },
} satisfies Copy<PhraseFacts>;

/** The past rates the required rate is above, below, about the same as, or not comparable with, as phrases. */
export interface ReadingFacts {
  above: string[];
  below: string[];
  same: string[];
  unlike: string[];
}

export const READING_COPY = {
  reading: {
    zh: (f) => {
      const parts = [
        f.above.length ? `高于 ${zhList(f.above)}` : '',
        f.below.length ? `低于 ${zhList(f.below)}` : '',
        f.same.length ? `与 ${zhList(f.same)}持平` : '',
      ].filter(Boolean);
      const apart = f.unlike.length ? `${parts.length ? '' : '所需增速'}与 ${zhList(f.unlike)}价格口径不同，不能直接比较。` : '';
      return `${parts.length ? `所需增速${parts.join('；')}。` : ''}${apart}`;
    },
    en: (f) => {
      const parts = [
        f.above.length ? `faster than ${enList(f.above)}` : '',
        f.below.length ? `slower than ${enList(f.below)}` : '',
        f.same.length ? `about the same as ${enList(f.same)}` : '',
      ].filter(Boolean);
      const apart = f.unlike.length
        ? `${parts.length ? ' ' : ''}It cannot be compared directly with ${enList(f.unlike)}, ${f.unlike.length > 1 ? 'which exclude' : 'which excludes'} price changes.`
        : '';
      return `${parts.length ? `That is ${parts.join('; ')}.` : ''}${apart}`;
    },
  },
} satisfies Copy<ReadingFacts>;

/**
 * The reading in counts, for a narrow plot's subtitle, where the bars under it give each rate: "所需增速低于图中
 * 全部 4 个过去的增速" / "Slower than all 4 past rates shown". The summary keeps the full reading.
 */
export const SHORT_READING_COPY = {
  reading: {
    zh: (f) => {
      const n = f.above.length + f.below.length + f.same.length;
      const all = (k: number) => `${k === n && n > 1 ? '全部' : ''} ${k} 个`;
      const parts = [
        f.above.length ? `高于图中${all(f.above.length)}过去的增速` : '',
        f.below.length ? `低于图中${all(f.below.length)}过去的增速` : '',
        f.same.length ? `与图中${all(f.same.length)}过去的增速持平` : '',
      ].filter(Boolean);
      const apart = f.unlike.length ? `${parts.length ? '；另有' : '图中'} ${f.unlike.length} 个增速价格口径不同，不能直接比较` : '';
      return `${parts.length ? `所需增速${parts.join('，')}` : ''}${apart}。`;
    },
    en: (f) => {
      const n = f.above.length + f.below.length + f.same.length;
      const all = (k: number) => (k === n && n > 1 ? `all ${k}` : String(k));
      const rates = (k: number) => (k === 1 ? 'past rate' : 'past rates');
      const parts = [
        f.above.length ? `faster than ${all(f.above.length)} ${rates(f.above.length)} shown` : '',
        f.below.length ? `slower than ${all(f.below.length)} ${rates(f.below.length)} shown` : '',
        f.same.length ? `about the same as ${all(f.same.length)} ${rates(f.same.length)} shown` : '',
      ].filter(Boolean);
      const k = f.unlike.length;
      const apart = k ? `${parts.length ? '; ' : ''}${k} at other prices cannot be compared directly` : '';
      const text = `${parts.join('; ')}${apart}.`;
      return text.charAt(0).toUpperCase() + text.slice(1);
    },
  },
} satisfies Copy<ReadingFacts>;

/** The numbers of a tracker view, as the language writes them. */
export interface TrackerFacts {
  subject: string;
  /** The required rate: "8.2%". */
  need: string;
  /** Whether the target is a floor ("突破", "pass"). */
  floor: boolean;
  baselineYear: number;
  baseline: string;
  baselineKind: PointKind;
  targetYear: number;
  target: string;
  /** The target's value without its bound. */
  plain: string;
}

export const TRACKER_SENTENCES = {
  title: {
    zh: (f) =>
      `所需增速：年均 ${f.need}${f.floor ? ' 以上' : ''}，${f.subject}方能在 ${f.targetYear} 年${f.floor ? '突破' : '达到'} ${f.plain}`,
    en: (f) =>
      `The pace required: ${f.floor ? 'at least ' : ''}${f.need} a year for ${f.subject} to ${f.floor ? 'pass' : 'reach'} ${f.plain} by ${f.targetYear}`,
  },
  from: {
    zh: (f) =>
      `从 ${f.baselineYear} 年的 ${f.baseline}（${t(f.baselineKind, 'zh')}）到 ${f.targetYear} 年的 ${f.target}（目标），需年均增长 ${f.need}${f.floor ? ' 以上' : ''}。`,
    en: (f) =>
      `From ${f.baseline} in ${f.baselineYear} (${t(f.baselineKind, 'en').toLowerCase()}) to ${f.target} in ${f.targetYear} (target) takes ${f.floor ? 'at least ' : ''}${f.need} a year.`,
  },
} satisfies Copy<TrackerFacts>;

/** Two stated values a rate is computed from: their years, and the values (or where they are stated). */
export interface StatedPair {
  aYear: number;
  a: string;
  bYear: number;
  b: string;
}

/** A rate computed from two stated values, for the notes. */
export interface ComputedFacts extends StatedPair {
  rate: string;
  years: string;
}

export const COMPUTED_COPY = {
  note: {
    zh: (f) => `${f.years} 年按当年价的增速 ${f.rate} 由 ${f.aYear} 年的 ${f.a}和 ${f.bYear} 年的 ${f.b}算出。`,
    en: (f) => `The ${f.rate} a year at current prices for ${f.years} is computed from ${f.a} in ${f.aYear} and ${f.b} in ${f.bYear}.`,
  },
} satisfies Copy<ComputedFacts>;

/** How a computed rate was found, for the CSV; `a` and `b` are where the values are stated. */
export const COMPUTED_FROM_COPY = {
  locator: {
    zh: (f) => `由 ${f.aYear} 年（${f.a}）与 ${f.bYear} 年（${f.b}）的数值计算`,
    en: (f) => `computed from ${f.aYear} (${f.a}) and ${f.bYear} (${f.b})`,
  },
} satisfies Copy<StatedPair>;
