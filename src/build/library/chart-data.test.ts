import { describe, expect, it } from 'vitest';
import type { ChartDefinition } from '../../charts/kit/chart-definition.ts';
import { CHART_VIEWS } from '../../charts/kit/registry.ts';
import { CHART_DEFINITIONS } from '../../charts/definitions.ts';
import { CHART_TAGS, type ChartId } from '../../charts/kit/registry.ts';
import { bundle } from '../../model/bundle.ts';
import { chartDataUsed } from './chart-data.ts';

const used = (id: ChartId): ReturnType<typeof chartDataUsed> => {
  const entry: { tag: string; dataset?: string } = CHART_TAGS[id];
  return chartDataUsed(CHART_DEFINITIONS[id], CHART_VIEWS[id], bundle, entry.dataset);
};

describe('chartDataUsed(chart, views, data, dataset)', { timeout: 60_000 }, () => {
  it('the GDP line chart reads the gdp dataset only', () => {
    expect(used('gdp').datasets).toEqual(['gdp']);
  });
  it('the income chart reads income and the income ratio', () => {
    expect(used('income').datasets).toEqual(['income', 'income-ratio']);
  });
  it.each(Object.keys(CHART_TAGS) as ChartId[])('%s gets every source its views cite and its datasets name', (id) => {
    const { datasets, sources } = used(id);
    expect(datasets.length).toBeGreaterThan(0);
    const entry: { tag: string; dataset?: string } = CHART_TAGS[id];
    for (const view of CHART_VIEWS[id]) {
      for (const lang of ['zh', 'en'] as const) {
        const model = CHART_DEFINITIONS[id].model(bundle, view, { width: 360, height: 300 }, lang, entry.dataset);
        for (const source of model.text.sourceIds) expect(sources).toContain(source);
      }
    }
    const cited = JSON.stringify(datasets.map((d) => bundle.datasets[d])).match(/"source":"[^"]+"/g) ?? [];
    for (const c of cited) expect(sources).toContain(c.slice(10, -1));
  });
  it('a chart that lists every dataset gets every dataset', () => {
    const greedy = {
      model: (data: typeof bundle) => ({
        text: {
          title: Object.keys(data.datasets).join(),
          summary: '',
          legend: [],
          notes: [],
          sourceIds: [],
          table: { columns: [], rows: [] },
        },
      }),
      plot: () => {
        throw new Error('not drawn');
      },
    } as unknown as ChartDefinition;
    expect(chartDataUsed(greedy, ['a'], bundle).datasets).toEqual(Object.keys(bundle.datasets).sort());
  });
});
