import type { ChartDefinition } from './chart-definition';
import type { ChartId } from './chart-tags';
import { figuresChart } from './figures/chart';
import { incomeChart } from './income/chart';
import { lineChart } from './line/chart';
import { scorecardChart } from './scorecard/chart';
import { structureChart } from './structure/chart';
import { trackerChart } from './tracker/chart';
import { villagesChart } from './villages/chart';
import { mapChart } from './map/chart';

/** Every chart's pure definition, for rendering without a browser (the build's static charts). */
export const CHART_DEFINITIONS: Record<ChartId, ChartDefinition> = {
  gdp: lineChart as ChartDefinition,
  income: incomeChart as ChartDefinition,
  scorecard: scorecardChart as ChartDefinition,
  structure: structureChart as ChartDefinition,
  tracker: trackerChart as ChartDefinition,
  figures: figuresChart as ChartDefinition,
  villages: villagesChart as ChartDefinition,
  map: mapChart as ChartDefinition,
};
