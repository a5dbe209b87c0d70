import type { Copy } from '../kit/chart-text.ts';
import type { PointKind } from '../../model/types.ts';
import { t } from '../../model/i18n/strings.ts';

/** Fixed words of kc-line-chart's frame (the views' titles and subtitles are in views.ts). */
export const LINE_COPY = {
  /** Between the first and last year of a span. */
  dash: { zh: '—', en: '–' },
  scopeColumn: { zh: '口径', en: 'Scope' },
  sentenceGap: { zh: '', en: ' ' },
} satisfies Copy<never>;

export const NOMINAL_COPY = {
  note: {
    zh: (f) => `按当年价计算，${f.a}到 ${f.b}相当于年均增长 ${f.nominal}${f.alsoPaths ? '；图中的所需增速同样按当年价计算' : ''}。`,
    en: (f) =>
      `At current prices, ${f.a} to ${f.b} is ${f.nominal} a year${f.alsoPaths ? '; the required rates shown are at current prices too' : ''}.`,
  },
} satisfies Copy<{ a: string; b: string; nominal: string; alsoPaths: boolean }>;

export const GAP_COPY = {
  note: {
    zh: (f) => `来源没有给出 ${f.gap} 年的数值，折线直接连接 ${f.fromYear} 年与 ${f.toYear} 年。`,
    en: (f) => `The sources give no figures for ${f.gap}; the line joins ${f.fromYear} and ${f.toYear}.`,
  },
} satisfies Copy<{ gap: string; fromYear: number; toYear: number }>;

export const POINT_COPY = {
  item: {
    zh: (p) => `${p.year} 年${p.value}（${t(p.kind, 'zh')}）`,
    en: (p) => `${p.year}: ${p.value} (${t(p.kind, 'en').toLowerCase()})`,
  },
} satisfies Copy<{ year: number; value: string; kind: PointKind }>;

export const POINTS_COPY = {
  sentence: { zh: (f) => `${f.label}：${f.points.join('；')}。`, en: (f) => `${f.label}. ${f.points.join('; ')}.` },
} satisfies Copy<{ label: string; points: string[] }>;

export const GROWTH_COPY = {
  sentence: {
    zh: (f) =>
      `${f.period} 年年均增长 ${f.achieved}${f.basis ? `（${f.basis}）` : ''}${f.planned === undefined ? '' : `，规划 ${f.planned}`}${f.missed ? '，未完成' : ''}。`,
    en: (f) =>
      `Growth in ${f.period}: ${f.achieved} a year${f.basis ? ` at ${f.basis}` : ''}${f.planned === undefined ? '' : ` against ${f.planned} planned`}${f.missed ? ': missed' : ''}.`,
  },
} satisfies Copy<{ period: string; achieved: string; planned?: string; missed: boolean; basis?: string }>;

/** A required-growth path's label on the plot: the needed rate, `min` when the target is a floor. */
export const PATH_LABEL_COPY = {
  needed: { zh: () => '所需增速', en: (f) => (f.min ? 'Needed: at least' : 'Needed') },
  rate: { zh: (f) => (f.min ? `${f.rate}以上` : f.rate), en: (f) => f.rate },
} satisfies Copy<{ rate: string; min: boolean }>;

/** The rates view's bars: the words before a bar's value, and how far a missed plan fell short (`gap`, in points). */
export const RATE_BAR_COPY = {
  plannedBar: { zh: '规划', en: 'planned' },
  achievedBar: { zh: '实际', en: 'achieved' },
  missed: { zh: (gap) => `✗ 未完成：低 ${gap} 个百分点`, en: (gap) => `✗ Missed by ${gap} points` },
} satisfies Copy<string>;

/** The name over the rates view's bars: the series and the prices its rates are at. */
export const RATE_GROUP_COPY = {
  name: { zh: (f) => `${f.label}（${f.basis}）`, en: (f) => `${f.label}, at ${f.basis}` },
} satisfies Copy<{ label: string; basis: string }>;

/** The rates view's legend, table and summary. */
export const RATES_COPY = {
  plannedLegend: { zh: '规划年均增速', en: 'Planned' },
  achievedLegend: { zh: '实际年均增速', en: 'Achieved' },
  columns: {
    zh: ['时期', '规划', '实际', '是否完成', '来源'],
    en: ['Period', 'Planned', 'Achieved', 'Status', 'Source'],
  },
  unit: { zh: '%/年', en: '% a year' },
} satisfies Copy<never>;

/** The label of the span across a break: the change of scope, and that the two values do not compare. */
export const JUMP_LABEL_COPY = {
  head: { zh: '统计范围扩大', en: 'Wider statistical scope' },
  tail: { zh: (f) => `不能与 ${f.year} 年比较`, en: (f) => `not comparable with ${f.year}` },
} satisfies Copy<{ year: number }>;

export const PATH_COPY = {
  sentence: {
    zh: (f) => `从 ${f.fromYear} 年的 ${f.a}到 ${f.toYear} 年的 ${f.b}，需年均增长 ${f.rate.replace('/年', '')}。`,
    en: (f) => `From ${f.a} in ${f.fromYear} to ${f.b} in ${f.toYear} needs ${f.rate}.`,
  },
} satisfies Copy<{ fromYear: number; a: string; toYear: number; b: string; rate: string }>;

export const BREAK_COPY = {
  sentence: {
    zh: (f) => `${f.a} 年与 ${f.b} 年之间统计口径变化，数值不可比，未连线。`,
    en: (f) => `The scope changed between ${f.a} and ${f.b}: the values are not comparable and are not joined.`,
  },
} satisfies Copy<{ a: number; b: number }>;
