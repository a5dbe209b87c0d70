import type { ChartId } from './kit/registry.ts';

/**
 * How to load each chart's element. Elements load on demand, so the page shows its text and first chart
 * before the code of later charts arrives. Kept apart from the
 * registry (kit/registry.ts), which every page and the build import; the library build gives each loader its
 * chart's data (src/build/vite/library-data-plugin.ts).
 */
export const CHART_LOADERS: Record<ChartId, () => Promise<unknown>> = {
  gdp: () => import('./line/element.ts'),
  income: () => import('./income/element.ts'),
  scorecard: () => import('./scorecard/element.ts'),
  structure: () => import('./structure/element.ts'),
  tracker: () => import('./tracker/element.ts'),
  figures: () => import('./figures/element.ts'),
  villages: () => import('./villages/element.ts'),
  map: () => import('./map/element.ts'),
};
