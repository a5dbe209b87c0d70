import type { Copy } from '../kit/chart-text.ts';
import type { Lang, UnitKind } from '../../model/types.ts';
import { formatTick } from '../../model/format.ts';
import { PLAN_WORDS } from './plan-strings.ts';

const zhList = (names: string[]) => names.join('、');
const enList = (names: string[]) =>
  names.length < 3 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** Counts of the results views, computed from the data. */
export interface ResultsFacts {
  /** How many indicators. */
  n: number;
  met: number;
  missed: number;
  unpublished: number;
}

/** The indicators of the `missed` view. */
export interface MissedFacts {
  n: number;
  /** Names of the missed indicators, lower case in English. */
  missed: string[];
}

/** A category's indicators and their counts. */
export interface CategoryFacts extends ResultsFacts {
  label: string;
}

/** One indicator as a category summary states it. */
export interface IndicatorFacts {
  name: string;
  change: string;
  /** Its status word, lower case. */
  status: string;
}

export const RESULTS_COPY = {
  overall: {
    zh: (f) => `${f.n} 项指标：${f.met} 项完成，${f.missed} 项未完成，${f.unpublished} 项数据未公布`,
    en: (f) => `${f.n} indicators: ${f.met} met, ${f.missed} missed, ${f.unpublished} not published`,
  },
  summary: {
    zh: (f) => `“十三五”规划的 ${f.n} 项主要指标中，${f.met} 项完成，${f.missed} 项未完成，${f.unpublished} 项在规划编制时数据尚未公布。`,
    en: (f) =>
      `Of the 13th Five-Year Plan's ${f.n} main indicators, ${f.met} were met, ${f.missed} missed and ${f.unpublished} had no published figure when the next plan was written.`,
  },
} satisfies Copy<ResultsFacts>;

export const MISSED_COPY = {
  title: {
    zh: (f) => `${f.n} 项指标中，${f.missed.length} 项未完成`,
    en: (f) => `${f.missed.length} of ${f.n} indicators missed their targets`,
  },
  summary: {
    zh: (f) => `未完成的 ${f.missed.length} 项：${zhList(f.missed)}。`,
    en: (f) => `The ${f.missed.length} missed: ${enList(f.missed)}.`,
  },
} satisfies Copy<MissedFacts>;

export const CATEGORY_COPY = {
  title: {
    zh: (f) => `${f.label} ${f.n} 项指标：${f.met} 项完成，${f.missed} 项未完成${f.unpublished ? `，${f.unpublished} 项未公布` : ''}`,
    en: (f) =>
      `${f.label}: ${f.met} of ${f.n} indicators met, ${f.missed} missed${f.unpublished ? `, ${f.unpublished} not published` : ''}`,
  },
} satisfies Copy<CategoryFacts>;

export const INDICATOR_COPY = {
  summary: { zh: (f) => `${f.name}：${f.change}，${f.status}`, en: (f) => `${f.name}: ${f.change}, ${f.status}` },
} satisfies Copy<IndicatorFacts>;

/** Fixed words of kc-scorecard's results views and the punctuation its sentences are joined with. */
export const SCORECARD_COPY = {
  columns: {
    zh: ['指标', '类别', '单位', '2015 年', '“十三五”目标', '2020 年', '实际年均增长', '是否完成'],
    en: ['Indicator', 'Category', 'Unit', '2015', 'Target', '2020', 'Achieved growth', 'Status'],
  },
  /** Between a category's indicators, and at the end. */
  listGap: { zh: '；', en: '; ' },
  stop: { zh: '。', en: '.' },
  /** Between the dataset's title and the overall count in a subtitle, and after it. */
  titleStop: { zh: '。', en: '. ' },
  subtitleEnd: { zh: '', en: '.' },
  /** Cells: the base year when there is no 2020 value, between a change and its rate, around the rates. */
  base2015: { zh: '2015 年 ', en: '2015: ' },
  rateGap: { zh: '，', en: '; ' },
  open: { zh: '（', en: ' (' },
  close: { zh: '）', en: ')' },
  /** Between a bound's prefix and its number. */
  boundGap: { zh: ' ', en: '' },
} satisfies Copy<never>;

/** A category's count of one status, in words, so it cannot read as a sign: "完成 2" / "2 met". */
export const COUNT_COPY = {
  met: { zh: (n) => `完成 ${n}`, en: (n) => `${n} met` },
  missed: { zh: (n) => `未完成 ${n}`, en: (n) => `${n} missed` },
  unpublished: { zh: (n) => `未公布 ${n}`, en: (n) => `${n} not published` },
} satisfies Copy<number>;

/** The economy view's strip of the other categories, led by their count: "其他 14 项" / "Other 14". */
export const OTHERS_COPY = {
  lead: { zh: (n) => `其他 ${n} 项`, en: (n) => `Other ${n}` },
} satisfies Copy<number>;

/** A plan group's count for the overview: "8 项，2 项约束性" / "8, 2 binding" (`binding`: how many are binding). */
export const PLAN_COUNT_COPY = {
  count: {
    zh: (f) => `${f.n} 项${f.binding ? `，${f.binding} 项约束性` : ''}`,
    en: (f) => `${f.n}${f.binding ? `, ${f.binding} binding` : ''}`,
  },
} satisfies Copy<{ n: number; binding: number }>;

/** A plan cell's growth as the ledger writes it in full: "增长 6%" / "6% growth". */
export const PLAN_GROWTH_COPY = {
  growth: { zh: (number) => `增长 ${number}`, en: (number) => `${number} growth` },
} satisfies Copy<string>;

/**
 * A plan number in short form, by its unit, where leaving the scale out would mislead: "35bn" of 35 billion yuan,
 * "14.5万" of 145000 元 (as an axis tick writes it) and of 14.5 万元/人. Other units keep the bare figure.
 */
export const PLAN_SHORT_NUMBER_COPY: Partial<Record<UnitKind, Record<Lang, (f: { value: number; number: string }) => string>>> = {
  'yi-yuan': { zh: (f) => f.number, en: (f) => `${f.number}bn` },
  yuan: { zh: (f) => formatTick(f.value, 'yuan', 'zh'), en: (f) => f.number },
  'wan-yuan-per-person': { zh: (f) => `${f.number}万`, en: (f) => f.number },
};

/** The planned rate after the achieved one: "，目标 7.5%/年" / "; target 7.5% a year". */
export const PLANNED_RATE_COPY = {
  planned: { zh: (rate) => `，目标 ${rate}`, en: (rate) => `; target ${rate}` },
} satisfies Copy<string>;

/** Counts and years of the `plan-2025` view, and its sentences' parts, as the language writes them. */
export interface PlanFacts {
  /** The plan's title. */
  title: string;
  n: number;
  binding: number;
  baseYear: number;
  targetYear: number;
  /** An indicator with a numeric base and target, for the summary's example. */
  example?: { name: string; from: string; to: string };
  /** The binding indicators with their changes ("城镇登记失业率（3% → 3.5%）"), listed. */
  listed: string;
}

export const PLAN_COPY = {
  title: {
    zh: (f) => `${f.n} 项 ${f.targetYear} 年目标已到期，这些文件中没有结果`,
    en: (f) => `${f.n} targets for ${f.targetYear} have come due; these documents report no results`,
  },
  subtitle: {
    zh: (f) => `${f.title}：${f.baseYear} 年基数与 ${f.targetYear} 年目标，其中 ${f.binding} 项为约束性指标`,
    en: (f) => `${f.title}: ${f.baseYear} bases and ${f.targetYear} targets, ${f.binding} of them binding`,
  },
  summary: {
    zh: (f) =>
      [
        `规划列出 ${f.n} 项主要指标的 ${f.baseYear} 年数值和 ${f.targetYear} 年目标${f.example ? `，如${f.example.name}从 ${f.example.from} 到 ${f.example.to}` : ''}。`,
        f.binding ? `${f.binding} 项为约束性指标：${f.listed}。` : '',
        `这些文件中没有任何一项指标的 ${f.targetYear} 年结果。`,
      ].join(''),
    en: (f) =>
      [
        `The plan lists ${f.n} main indicators with their ${f.baseYear} values and ${f.targetYear} targets${f.example ? `, such as ${f.example.name} from ${f.example.from} to ${f.example.to}` : ''}.`,
        f.binding ? ` ${f.binding} are binding: ${f.listed}.` : '',
        ` None has a ${f.targetYear} result in these documents.`,
      ].join(''),
  },
  targetLegend: { zh: (f) => `${f.targetYear} 年目标`, en: (f) => `${f.targetYear} target` },
  bindingLegend: { zh: '约束性', en: 'Binding' },
  unpublishedLegend: { zh: (f) => `? ${f.targetYear} 年结果未见公布`, en: () => '? No result published' },
  columns: {
    zh: (f) => ['指标', '类别', '单位', `${f.baseYear} 年`, `${f.targetYear} 年目标`, '指标属性', `${f.targetYear} 年结果`, '说明'],
    en: (f) => ['Indicator', 'Group', 'Unit', String(f.baseYear), `${f.targetYear} target`, 'Attribute', `${f.targetYear} result`, 'Note'],
  },
  /** The ledger's column heads over the base and target years; `target` is PLAN_WORDS.target. */
  baseHead: { zh: (f) => `${f.baseYear} 年`, en: (f) => String(f.baseYear) },
  targetHead: { zh: (f) => `${f.targetYear} 年${PLAN_WORDS.target.zh}`, en: (f) => `${f.targetYear} ${PLAN_WORDS.target.en}` },
  /** Between the binding indicators in the summary. */
  listGap: { zh: '、', en: '; ' },
} satisfies Copy<PlanFacts>;

/** A binding indicator with its change, as the plan summary lists it. */
export const PLAN_CHANGE_COPY = {
  item: { zh: (f) => `${f.name}（${f.change}）`, en: (f) => `${f.name} (${f.change})` },
} satisfies Copy<{ name: string; change: string }>;
