import { CHART_TAGS, isChartId, type ChartId } from '../../charts/kit/registry.ts';

/** The story's chart id of a kc-* element: its data-chart, else the registry entry with its tag and dataset. */
export function chartOf(host: HTMLElement): ChartId | undefined {
  const named = host.dataset.chart ?? '';
  if (isChartId(named)) return named;
  const dataset = host.getAttribute('dataset');
  return (Object.keys(CHART_TAGS) as ChartId[]).find((id) => {
    const entry = CHART_TAGS[id];
    return entry.tag === host.localName && (!('dataset' in entry) || !dataset || entry.dataset === dataset);
  });
}
