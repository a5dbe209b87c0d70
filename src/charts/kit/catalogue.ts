import type { ChartId } from './registry.ts';
import { VIEWS as figuresViews } from '../figures/views.ts';
import { VIEWS as incomeViews } from '../income/views.ts';
import { GDP_VIEWS } from '../line/views.ts';
import { VIEWS as scorecardViews } from '../scorecard/views.ts';
import { VIEWS as structureViews } from '../structure/views.ts';
import { VIEWS as trackerViews } from '../tracker/views.ts';
import { VIEWS as villagesViews } from '../villages/views.ts';
import { VIEWS as mapViews } from '../map/views.ts';

export { isChartId, type ChartId } from './registry.ts';

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
