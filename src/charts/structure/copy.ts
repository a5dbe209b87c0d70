import type { Copy } from '../kit/chart-text.ts';

/** A sector's share moving from one entry to another, as the language writes it. */
export interface MoveFacts {
  /** The sector as a noun: 第三产业 / services. */
  noun: string;
  from: string;
  to: string;
  rose: boolean;
}

/** A focused sector's planned and actual shares. */
export interface FocusFacts {
  noun: string;
  first: string;
  target: string;
  last: string;
  plannedUp: boolean;
  actualUp: boolean;
}

/** The years of the first and last entries, and the moves of the tertiary and secondary sectors between them. */
export interface TrendFacts {
  firstYear: number;
  lastYear: number;
  tertiary: string;
  secondary: string;
}

export const MOVE_COPY = {
  move: {
    zh: (f) => `${f.noun}从 ${f.from} ${f.rose ? '升' : '降'}至 ${f.to}`,
    en: (f) => `${f.noun} ${f.rose ? 'rose' : 'fell'} from ${f.from} to ${f.to}`,
  },
} satisfies Copy<MoveFacts>;

export const FOCUS_COPY = {
  title: {
    zh: (f) => `${f.noun}占比本应${f.plannedUp ? '升' : '降'}至 ${f.target}，实际${f.actualUp ? '升' : '降'}至 ${f.last}`,
    en: (f) =>
      `The ${f.noun} share was meant to ${f.plannedUp ? 'rise' : 'fall'} to ${f.target} of GDP; it ${f.actualUp ? 'rose' : 'fell'} to ${f.last}`,
  },
  summary: {
    zh: (f) => ` 规划要求${f.noun}从 ${f.first} 升至 ${f.target}，实际为 ${f.last}。`,
    en: (f) => ` The plan wanted ${f.noun} to go from ${f.first} to ${f.target}; it ended at ${f.last}.`,
  },
} satisfies Copy<FocusFacts>;

export const TREND_COPY = {
  title: {
    zh: (f) => `${f.firstYear}—${f.lastYear} 年，${f.tertiary}，${f.secondary}`,
    en: (f) => `${f.firstYear}–${f.lastYear}: ${f.tertiary} of GDP, ${f.secondary}`,
  },
} satisfies Copy<TrendFacts>;

/** How far the latest share fell from its target, in percentage points, as the plot labels it. */
export const TARGET_GAP_COPY = {
  label: {
    zh: (f) => `比目标${f.below ? '低' : '高'} ${f.points} 个百分点`,
    en: (f) => `${f.points} points ${f.below ? 'below' : 'above'} target`,
  },
} satisfies Copy<{ points: string; below: boolean }>;

/** Fixed words of kc-structure-chart and the punctuation its summary is joined with. */
export const STRUCTURE_COPY = {
  subtitle: { zh: '三次产业增加值占地区生产总值的比重', en: 'Shares of GDP by sector' },
  targetLegend: { zh: '规划目标（斜线）', en: 'Plan target (hatched)' },
  barColumn: { zh: '条目', en: 'Bar' },
  unit: { zh: '占地区生产总值的 %', en: '% of GDP' },
  /** Between a sector's shares, after an entry's label, between entries, at the end. */
  shareGap: { zh: '、', en: ', ' },
  labelColon: { zh: '：', en: ': ' },
  entryGap: { zh: '；', en: '; ' },
  stop: { zh: '。', en: '.' },
} satisfies Copy<never>;
