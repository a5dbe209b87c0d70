import type { ChartDefinition } from './kit/chart-definition.ts';
import type { ChartId } from './kit/registry.ts';
import { figuresChart } from './figures/chart.ts';
import { incomeChart } from './income/chart.ts';
import { lineChart } from './line/chart.ts';
import { scorecardChart } from './scorecard/chart.ts';
import { structureChart } from './structure/chart.ts';
import { trackerChart } from './tracker/chart.ts';
import { villagesChart } from './villages/chart.ts';
import { mapChart } from './map/chart.ts';

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

/**
 * Each chart's folder under src/charts, whose element.ts src/charts/loaders.ts loads: the library build gives
 * that import the chart's data (src/build/vite/library-data-plugin.ts, which fails if the two disagree).
 */
export const CHART_FOLDERS: Record<ChartId, string> = {
  gdp: 'line',
  income: 'income',
  scorecard: 'scorecard',
  structure: 'structure',
  tracker: 'tracker',
  figures: 'figures',
  villages: 'villages',
  map: 'map',
};
