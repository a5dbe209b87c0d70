import type { ChartId } from './chart-tags';

/**
 * How to load each chart's element. Elements load on demand, so the page shows its text and first chart
 * before the code of later charts arrives. (Kept apart from chart-tags.ts, which the build imports.)
 */
export const CHART_LOADERS: Record<ChartId, () => Promise<unknown>> = {
  gdp: () => import('./line/element'),
  income: () => import('./income/element'),
  scorecard: () => import('./scorecard/element'),
  structure: () => import('./structure/element'),
  tracker: () => import('./tracker/element'),
  figures: () => import('./figures/element'),
  villages: () => import('./villages/element'),
  map: () => import('./map/element'),
};
