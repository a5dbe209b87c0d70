import type { Copy } from '../kit/chart-text.ts';
import type { PointKind } from '../../model/types.ts';
import { t } from '../../model/i18n/strings.ts';
import { kindWord } from '../../model/i18n/kind-word.ts';

/** Words all three views use. */
export const INCOME_COPY = {
  /** What joins a summary's sentences. */
  sentenceGap: { zh: '', en: ' ' },
  /** What comes between a number and its unit on the axis ("30000元", "30,000 yuan"). */
  unitGap: { zh: '', en: ' ' },
  /** What joins a period's years ("2016—2020", "2016–2020"). */
  periodDash: { zh: '—', en: '–' },
  seriesColumn: { zh: '系列', en: 'Series' },
} satisfies Copy<never>;

/** The levels view's plot labels: the urban–rural gap's title, and the rate the target needs (`rate`, formatted). */
export const LEVELS_LABEL_COPY = {
  gapTitle: { zh: '城乡差距', en: 'Urban–rural gap' },
  needs: { zh: (rate) => `需 ${rate}`, en: (rate) => `needs ${rate}` },
} satisfies Copy<string>;

/** The ratio view's axis title, from where the axis starts (`start`, formatted). */
export const RATIO_LABEL_COPY = {
  axisTitle: {
    zh: (start) => `倍差（城镇 ÷ 农村），纵轴从 ${start} 起`,
    en: (start) => `Ratio, urban ÷ rural (axis starts at ${start})`,
  },
} satisfies Copy<string>;

/** A point as a sentence states it: its year and its value with unit and bound. */
export interface YearValue {
  year: number;
  text: string;
}

/**
 * What the levels view's sentences are written from, as the language writes it. The text uses a sentence only
 * when the points it states exist.
 */
export interface LevelsCopyFacts {
  /** First and last reported points of urban and rural incomes. */
  u0?: YearValue;
  u1?: YearValue;
  r0?: YearValue;
  r1?: YearValue;
  /** Percentage changes from first to last: "64". */
  urbanChange: string;
  ruralChange: string;
  /** The urban–rural gap in yuan at the first and the last year. */
  gapFrom: string;
  gapTo: string;
  estimate?: YearValue;
  target?: YearValue;
  /** The annual rate from estimate to target, as a rate ("6.5%/年", "6.5% a year") and as a bare number ("6.5"). */
  rate?: string;
  rateNumber?: string;
}

export const LEVELS_COPY = {
  title: {
    zh: (f) => `${f.u0?.year}—${f.u1?.year} 年，城镇居民收入增长 ${f.urbanChange}%，农村居民增长 ${f.ruralChange}%`,
    en: (f) => `Urban incomes rose ${f.urbanChange}% from ${f.u0?.year} to ${f.u1?.year}, rural incomes ${f.ruralChange}%`,
  },
  levels: {
    zh: (f) =>
      `${f.u0?.year} 年至 ${f.u1?.year} 年，城镇居民人均可支配收入从 ${f.u0?.text} 增至 ${f.u1?.text}，农村居民从 ${f.r0?.text} 增至 ${f.r1?.text}；两者之差从 ${f.gapFrom} 扩大到 ${f.gapTo}。`,
    en: (f) =>
      `From ${f.u0?.year} to ${f.u1?.year}, urban residents' per-capita disposable income rose from ${f.u0?.text} to ${f.u1?.text} and rural residents' from ${f.r0?.text} to ${f.r1?.text}; the gap between them widened from ${f.gapFrom} to ${f.gapTo}.`,
  },
  estimateAndTarget: {
    zh: (f) =>
      `全体居民 ${f.estimate?.year} 年预计 ${f.estimate?.text}，${f.target?.year} 年目标 ${f.target?.text}${f.rate !== undefined ? `，需年均增长 ${f.rateNumber}%` : ''}。`,
    en: (f) =>
      `For all residents, ${f.estimate?.year} is estimated at ${f.estimate?.text} and the ${f.target?.year} target is ${f.target?.text}${f.rate !== undefined ? `, which needs ${f.rate}` : ''}.`,
  },
  pathNote: {
    zh: (f) =>
      `点线：从 ${f.estimate?.year} 年预计值到 ${f.target?.year} 年目标所需的年均增速（${f.rate}）。全体居民与城镇、农村居民是不同口径，不相连。`,
    en: (f) =>
      `Dotted line: the path from the ${f.estimate?.year} estimate to the ${f.target?.year} target at the rate it needs (${f.rate}). All residents is a different series from urban and rural, so it is not joined to them.`,
  },
  subtitle: { zh: '人均可支配收入（元，当年价）', en: 'Per-capita disposable income (yuan, current prices)' },
} satisfies Copy<LevelsCopyFacts>;

/** The legend's label for a point of all residents: 全体居民：2021 预计 / All residents: 2021 estimate. */
export const LEVELS_POINT_COPY = {
  legend: {
    zh: (p) => `${p.series}：${p.year} ${kindWord(p.kind, 'zh')}`,
    en: (p) => `${p.series}: ${p.year} ${kindWord(p.kind, 'en')}`,
  },
} satisfies Copy<{ series: string; year: number; kind: PointKind }>;

/** One growth record of a series as the growth view's sentences state it. */
export interface GrowthRecordFacts {
  /** The series' name: 城镇居民 / Urban residents. */
  series: string;
  period: string;
  planned: string;
  achieved: string;
  met?: boolean;
}

/** What the growth view's sentences are written from. */
export interface GrowthFacts {
  /** Names of the series that missed their planned rate. */
  missed: string[];
  /** Records with an achieved rate but no plan. */
  later: GrowthRecordFacts[];
}

export const GROWTH_COPY = {
  allMissedTitle: {
    zh: (f) => `${f.missed.join('、')}收入年均增速都没有达到规划目标`,
    en: (f) => `Incomes grew more slowly than planned, for ${f.missed.map((n) => n.toLowerCase()).join(' and ')} alike`,
  },
  someMissedTitle: {
    zh: (f) => `${f.missed.join('、')}收入年均增速没有达到规划目标`,
    en: (f) => `Incomes grew more slowly than planned for ${f.missed.map((n) => n.toLowerCase()).join(' and ')}`,
  },
  later: {
    zh: (f) => `${f.later.map((r) => `${r.series} ${r.period} 年为 ${r.achieved}`).join('，')}。`,
    en: (f) => `Over ${f.later.map((r) => `${r.period}, ${r.series.toLowerCase()} ${r.achieved}`).join('; ')}.`,
  },
  subtitle: { zh: '居民人均可支配收入年均增速', en: 'Average annual growth of per-capita disposable income' },
  unit: { zh: '%/年', en: '% a year' },
  plannedLegend: { zh: '规划年均增速', en: 'Planned' },
  columns: { zh: ['系列', '时期', '规划', '实际', '是否完成'], en: ['Series', 'Period', 'Planned', 'Achieved', 'Status'] },
} satisfies Copy<GrowthFacts>;

/** The growth view's plot labels: the word before a bar's value, and how far a missed record fell short (`gap`, in points). */
export const GROWTH_LABEL_COPY = {
  plannedBar: { zh: '规划', en: 'planned' },
  achievedBar: { zh: '实际', en: 'achieved' },
  missed: { zh: (gap) => `✗ 未完成：低 ${gap} 个百分点`, en: (gap) => `✗ Missed by ${gap} points` },
} satisfies Copy<string>;

/** Sentences and labels about one growth record. */
export const GROWTH_RECORD_COPY = {
  planned: {
    zh: (r) =>
      `${r.series}收入 ${r.period} 年规划年均增长 ${r.planned}，实际 ${r.achieved}${r.met === false ? '，未完成' : r.met ? '，完成' : ''}。`,
    en: (r) =>
      `${r.series}: planned ${r.planned} for ${r.period}, achieved ${r.achieved}${r.met === false ? ' (missed)' : r.met ? ' (met)' : ''}.`,
  },
} satisfies Copy<GrowthRecordFacts>;

/** Labels written from a series' name. */
export const SERIES_COPY = {
  achievedLegend: { zh: (series) => `${series}实际`, en: (series) => `${series}, achieved` },
} satisfies Copy<string>;

/** What the ratio view's sentences are written from; the text uses a sentence only when its points exist. */
export interface RatioCopyFacts {
  kecheng: string;
  quzhou: string;
  first?: YearValue;
  last?: YearValue;
  narrowed: boolean;
  /** The gap in yuan at the first and the last year. */
  gapFrom: string;
  gapTo: string;
  target?: YearValue;
  /** Quzhou's latest ratio, for comparison. */
  other?: YearValue & { kind: PointKind };
}

export const RATIO_COPY = {
  title: {
    zh: (f) => `城乡收入倍差从 ${f.first?.text} ${f.narrowed ? '缩小' : '扩大'}到 ${f.last?.text}`,
    en: (f) => `The urban–rural income ratio ${f.narrowed ? 'narrowed' : 'widened'} from ${f.first?.text} to ${f.last?.text}`,
  },
  titleTarget: {
    zh: (f) => `，${f.target?.year} 年目标${f.target?.text}`,
    en: (f) => `; the ${f.target?.year} target is ${f.target?.text}`,
  },
  ratio: {
    zh: (f) => `城镇居民收入与农村居民收入之比，${f.first?.year} 年为 ${f.first?.text}，${f.last?.year} 年为 ${f.last?.text}。`,
    en: (f) => `Urban income divided by rural income was ${f.first?.text} in ${f.first?.year} and ${f.last?.text} in ${f.last?.year}.`,
  },
  gap: {
    zh: (f) => `倍差缩小的同时，收入的绝对差距从 ${f.gapFrom} 扩大到 ${f.gapTo}。`,
    en: (f) => `Meanwhile the gap in yuan widened from ${f.gapFrom} to ${f.gapTo}.`,
  },
  target: { zh: (f) => `${f.target?.year} 年的目标是${f.target?.text}。`, en: (f) => `The ${f.target?.year} target is ${f.target?.text}.` },
  other: {
    zh: (f) => `作为对照，${f.quzhou} ${f.other?.year} 年的倍差为 ${f.other?.text}（${f.other && t(f.other.kind, 'zh')}）。`,
    en: (f) => `For comparison, ${f.quzhou}'s ratio was ${f.other?.text} in ${f.other?.year} (${f.other && kindWord(f.other.kind, 'en')}).`,
  },
  subtitle: { zh: '城镇居民人均可支配收入 ÷ 农村居民人均可支配收入', en: 'Urban per-capita disposable income ÷ rural' },
  actualLegend: { zh: (f) => `${f.kecheng}（实绩）`, en: (f) => `${f.kecheng} (actual)` },
  targetLegend: { zh: (f) => `${f.kecheng} ${f.target?.year} 年目标`, en: (f) => `${f.kecheng}, ${f.target?.year} target` },
  otherLegend: { zh: (f) => `${f.quzhou}（全市）`, en: (f) => `${f.quzhou} (whole city)` },
} satisfies Copy<RatioCopyFacts>;
