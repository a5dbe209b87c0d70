import type { Bilingual, Lang, PointKind } from '../../model/types.ts';
import { viewGuard } from '../kit/registry.ts';
import { VIEWS, type View } from './view-names.ts';

export { GDP_VIEWS, VIEWS, type View } from './view-names.ts';
export const DEFAULT_VIEW: View = 'record';
export const isView = /* @__PURE__ */ viewGuard(VIEWS);

/** Numbers of the view, already formatted for the language, that its sentences are written from. */
export interface LineFacts {
  /** The value of the shown point of that year, with its bound: "236.48 亿元", "突破 800 亿元". */
  value(year: number): string;
  /** The same value without its bound: "800 亿元". */
  plain(year: number): string;
  /** The required annual rate of the path that ends in that year: "8.2%". */
  required(toYear: number): string;
  /** A percentage: "6.1%". */
  pct(percent: number): string;
  /** Years a growth record covers, as the source counts them: "2016—2020" / "2016–2020". */
  period: string;
  achieved: string;
  planned: string;
  /** Whether the plan was met, as the source says; undefined when it does not say. */
  met: boolean | undefined;
  /** Change from the last point before the break to the first after it: "148%". */
  jump: string;
}

/** A sentence for each language, written from the view's facts. */
export type Phrase = Record<Lang, (f: LineFacts) => string>;

/**
 * Marks that carry a label; earlier entries win when space is short. `estimates` labels estimate and
 * target points, `actuals` reported ones; `break` names a break at the top of its band; `jump` marks the
 * span between the last value before a break and the first after it, and names it as a change of scope.
 */
export type Annotation = 'estimates' | 'actuals' | 'paths' | 'break' | 'jump';

/** One view of one dataset. */
export interface LineView {
  /**
   * What the view draws: the series' values over the years (`levels`, the default), or its growth record
   * as planned and achieved average annual rates (`rates`), bars in the income chart's grammar.
   */
  form?: 'levels' | 'rates';
  series: string;
  /** Kinds of points shown; a target is shown only when its year is listed in `targets`. */
  kinds: readonly PointKind[];
  targets?: readonly number[];
  /** Constant-rate paths from the point of `from` to the target of `to` (same scope). */
  paths?: readonly { from: number; to: number }[];
  /** The growth record (from, to) annotated on the line. */
  growth?: { from: number; to: number };
  /** Indexes of the dataset's notes shown besides the basis note (break reasons are added when in view). */
  notes?: readonly number[];
  annotate: readonly Annotation[];
  /** Room above the largest value, as a fraction of it (default 0.02). */
  headroom?: number;
  /** Share of the plot's width each break in view gets at least, so what is drawn in it has room. */
  breakRoom?: number;
  /** Room right of the last year, in years, so its point does not sit in the plot's corner. */
  padYears?: number;
  title: Phrase;
  subtitle: Phrase;
}

export interface LineDatasetViews {
  views: Partial<Record<View, LineView>>;
  defaultView: View;
  /** Index of the dataset note on price basis, shown in every view. */
  basisNote?: number;
  /** Names of the statistical scopes the dataset's points carry. */
  scopes: Record<string, Bilingual>;
  /** The prices the growth records' rates are at, as a label says it (GDP: Table 1, note 1). */
  rateBasis?: Bilingual;
}

const gdp: LineDatasetViews = {
  defaultView: 'record',
  basisNote: 0,
  rateBasis: { zh: '可比价', en: 'comparable prices' },
  scopes: {
    'district-2020': { zh: '原口径（2020 年及以前）', en: 'Old scope (2020 and before)' },
    'wider-2021': { zh: '新口径（2021 年起，较宽）', en: 'Wider scope (from 2021)' },
  },
  views: {
    record: {
      form: 'rates',
      series: 'gdp',
      kinds: ['actual'],
      growth: { from: 2015, to: 2020 },
      annotate: [],
      title: {
        zh: (f) => `“十三五”时期 GDP 年均增长 ${f.achieved}，${f.met === false ? '低于' : '达到'} ${f.planned} 的规划目标`,
        en: (f) => `GDP grew ${f.achieved} a year in ${f.period}, ${f.met === false ? 'short of' : 'meeting'} the ${f.planned} planned`,
      },
      subtitle: {
        zh: (f) => `年均增速按可比价计算；地区生产总值从 2015 年的 ${f.value(2015)} 增至 2020 年的 ${f.value(2020)}（当年价）`,
        en: (f) =>
          `Average annual growth at comparable prices; at current prices GDP went from ${f.value(2015)} in 2015 to ${f.value(2020)} in 2020`,
      },
    },
    plan: {
      series: 'gdp',
      kinds: ['actual', 'target'],
      targets: [2025],
      paths: [{ from: 2020, to: 2025 }],
      growth: { from: 2015, to: 2020 },
      notes: [2],
      annotate: ['estimates', 'paths', 'actuals'],
      title: {
        zh: (f) => `“十四五”目标：2025 年地区生产总值达到 ${f.value(2025)}`,
        en: (f) => `The 14th Plan's goal: GDP of ${f.value(2025)} by 2025`,
      },
      subtitle: {
        zh: (f) => `从 2020 年的 ${f.value(2020)} 起算；${f.period} 年实际年均增长 ${f.achieved}（可比价），规划为 ${f.planned}`,
        en: (f) =>
          `Starting from ${f.value(2020)} in 2020; in ${f.period} GDP grew ${f.achieved} a year at comparable prices (${f.planned} planned)`,
      },
    },
    break: {
      series: 'gdp',
      kinds: ['actual', 'estimate'],
      annotate: ['estimates', 'actuals', 'jump'],
      headroom: 0.2,
      breakRoom: 0.3,
      padYears: 0.4,
      title: {
        zh: (f) => `2021 年预计 ${f.value(2021)}：统计口径变了，不能与 2020 年的 ${f.value(2020)}相比`,
        en: (f) => `The 2021 estimate of ${f.value(2021)} is on a wider scope: it cannot be compared with 2020`,
      },
      subtitle: {
        zh: (f) => `从 ${f.value(2020)} 到 ${f.value(2021)}，意味着一年增长 ${f.jump}——这是口径变化，不是增长`,
        en: (f) =>
          `Going from ${f.value(2020)} to ${f.value(2021)} would mean ${f.jump} growth in one year: the scope changed, not the economy`,
      },
    },
    target: {
      series: 'gdp',
      kinds: ['actual', 'estimate', 'target'],
      targets: [2026],
      paths: [{ from: 2021, to: 2026 }],
      growth: { from: 2015, to: 2020 },
      annotate: ['estimates', 'paths', 'break', 'actuals'],
      title: {
        zh: (f) => `2026 年目标：地区生产总值${f.value(2026)}`,
        en: (f) => `The 2026 goal: GDP to pass ${f.plain(2026)}`,
      },
      subtitle: {
        zh: (f) => `从 2021 年预计的 ${f.value(2021)} 起算（新口径）；${f.period} 年实际年均增长 ${f.achieved}（原口径，可比价）`,
        en: (f) =>
          `Starting from the 2021 estimate of ${f.value(2021)} (wider scope); in ${f.period} GDP grew ${f.achieved} a year (old scope, comparable prices)`,
      },
    },
    all: {
      series: 'gdp',
      kinds: ['actual', 'estimate', 'target'],
      targets: [2025, 2026],
      paths: [
        { from: 2020, to: 2025 },
        { from: 2021, to: 2026 },
      ],
      growth: { from: 2015, to: 2020 },
      notes: [2],
      annotate: ['estimates', 'paths', 'break', 'actuals'],
      title: {
        zh: (f) => `两种口径，两个目标：2025 年 ${f.value(2025)}，2026 年${f.value(2026)}`,
        en: (f) => `Two scopes, two targets: ${f.value(2025)} by 2025 and ${f.value(2026)} by 2026`,
      },
      subtitle: {
        zh: (f) =>
          `原口径下 2025 年目标需年均增长 ${f.required(2025)}，新口径下 2026 年目标需 ${f.required(2026)} 以上（均为当年价）；${f.period} 年实际为 ${f.achieved}（可比价）`,
        en: (f) =>
          `At current prices, the 2025 target (old scope) needed ${f.required(2025)} a year and the 2026 target (wider scope) needs at least ${f.required(2026)}; ${f.period} achieved ${f.achieved} at comparable prices`,
      },
    },
  },
};

/** Views of each series dataset the line chart can show, by dataset id. */
export const LINE_VIEWS: Record<string, LineDatasetViews> = { gdp };

/** The view to draw: the named one when the dataset defines it, else the dataset's default. */
export function resolveView(dataset: string, view: string): View {
  const config = LINE_VIEWS[dataset];
  if (!config) throw new Error(`the line chart has no views for dataset "${dataset}"`);
  return (VIEWS as readonly string[]).includes(view) && config.views[view as View] ? (view as View) : config.defaultView;
}
