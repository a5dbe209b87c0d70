import type { ChartId } from './chart-tags';
import { VIEWS as figuresViews } from './figures/views';
import { VIEWS as incomeViews } from './income/views';
import { GDP_VIEWS } from './line/views';
import { VIEWS as scorecardViews } from './scorecard/views';
import { VIEWS as structureViews } from './structure/views';
import { VIEWS as trackerViews } from './tracker/views';
import { VIEWS as villagesViews } from './villages/views';
import { VIEWS as mapViews } from './map/views';

export { isChartId, type ChartId } from './chart-tags';

/** The views of each chart a story step can name; pure, so the build validates steps without a DOM. */
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
