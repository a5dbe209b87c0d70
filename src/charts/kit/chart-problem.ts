import { CHART_TAGS, CHART_VIEWS, type ChartId } from './registry.ts';

/** Why a chart cannot be drawn as asked: an unknown chart, dataset or view, each with what would work. */
export type ChartProblem =
  { kind: 'chart' | 'dataset' | 'view' | 'lang' | 'theme'; value: string; known: readonly string[] } | { kind: 'failed' };

/** The chart ids an element tag draws (a tag may draw several datasets, one chart id each). */
function entriesOf(tag: string): [ChartId, { tag: string; dataset?: string }][] {
  return (Object.entries(CHART_TAGS) as [ChartId, { tag: string; dataset?: string }][]).filter(([, e]) => e.tag === tag);
}

/**
 * What is wrong with an element's attributes, or undefined when it can draw them. An empty view is the
 * chart's default; a tag this module does not know is not checked.
 */
export function elementProblem(tag: string, dataset: string | undefined, view: string): ChartProblem | undefined {
  const entries = entriesOf(tag);
  if (entries.length === 0) return undefined;
  const withDataset = entries.filter(([, e]) => e.dataset !== undefined);
  let id = entries[0]![0];
  if (dataset !== undefined && withDataset.length > 0) {
    const match = withDataset.find(([, e]) => e.dataset === dataset);
    if (!match) return { kind: 'dataset', value: dataset, known: withDataset.map(([, e]) => e.dataset ?? '') };
    id = match[0];
  }
  return viewProblem(id, view);
}

/** An unknown view of a known chart, or undefined; an empty view is the chart's default. */
export function viewProblem(chart: ChartId, view: string): ChartProblem | undefined {
  const views = CHART_VIEWS[chart];
  return view === '' || views.includes(view) ? undefined : { kind: 'view', value: view, known: views };
}

/** An unknown chart id, or undefined. */
export function chartIdProblem(chart: string): ChartProblem | undefined {
  return Object.hasOwn(CHART_TAGS, chart) ? undefined : { kind: 'chart', value: chart, known: Object.keys(CHART_TAGS) };
}
