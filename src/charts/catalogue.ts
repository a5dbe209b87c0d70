import { VIEWS as figuresViews } from './figures/views';
import { VIEWS as incomeViews } from './income/views';
import { GDP_VIEWS } from './line/views';
import { VIEWS as scorecardViews } from './scorecard/views';
import { VIEWS as structureViews } from './structure/views';
import { VIEWS as trackerViews } from './tracker/views';

/** A chart a story step can show: the element that draws it, its dataset attribute, and its views. */
export interface ChartEntry {
  tag: string;
  dataset?: string;
  views: readonly string[];
}

/** Chart ids that story files name in `chart:`; pure, so the build can validate steps without a DOM. */
export const CHARTS = {
  gdp: { tag: 'kc-line-chart', dataset: 'gdp', views: GDP_VIEWS },
  income: { tag: 'kc-income-chart', views: incomeViews },
  scorecard: { tag: 'kc-scorecard', views: scorecardViews },
  structure: { tag: 'kc-structure-chart', views: structureViews },
  tracker: { tag: 'kc-target-tracker', views: trackerViews },
  figures: { tag: 'kc-figures', views: figuresViews },
} as const satisfies Record<string, ChartEntry>;

export type ChartId = keyof typeof CHARTS;

export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(CHARTS, id);
}
