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
