import { VIEWS as figuresViews } from '../figures/view-names.ts';
import { VIEWS as incomeViews } from '../income/view-names.ts';
import { GDP_VIEWS } from '../line/view-names.ts';
import { VIEWS as mapViews } from '../map/view-names.ts';
import { VIEWS as scorecardViews } from '../scorecard/view-names.ts';
import { VIEWS as structureViews } from '../structure/view-names.ts';
import { VIEWS as trackerViews } from '../tracker/view-names.ts';
import { VIEWS as villagesViews } from '../villages/view-names.ts';

/** The element that draws each chart id a story step can name (and its dataset attribute, if any). */
export const CHART_TAGS = {
  gdp: { tag: 'kc-line-chart', dataset: 'gdp' },
  income: { tag: 'kc-income-chart' },
  scorecard: { tag: 'kc-scorecard' },
  structure: { tag: 'kc-structure-chart' },
  tracker: { tag: 'kc-target-tracker' },
  figures: { tag: 'kc-figures' },
  villages: { tag: 'kc-village-chart' },
  map: { tag: 'kc-district-map' },
} as const satisfies Record<string, { tag: string; dataset?: string }>;

export type ChartId = keyof typeof CHART_TAGS;

export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(CHART_TAGS, id);
}

/**
 * The views of each chart a story step can name. Only the names: each chart keeps them in its own small
 * view-names.ts, apart from its view configuration and sentences, so this list costs a page a few bytes.
 */
export const CHART_VIEWS: Record<ChartId, readonly string[]> = {
  gdp: GDP_VIEWS,
  income: incomeViews,
  scorecard: scorecardViews,
  structure: structureViews,
  tracker: trackerViews,
  figures: figuresViews,
  villages: villagesViews,
  map: mapViews,
};

/** A type guard for one chart's view names (kept with the names, which every page loads already). */
export function viewGuard<V extends string>(views: readonly V[]): (value: string) => value is V {
  return (value: string): value is V => (views as readonly string[]).includes(value);
}
