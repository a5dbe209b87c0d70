import { describe, expect, it } from 'vitest';
import { CHART_VIEWS } from './registry.ts';
import { chartIdProblem, elementProblem, viewProblem } from './chart-problem.ts';
import { CHART_TAGS, type ChartId } from './registry.ts';

const ids = Object.keys(CHART_TAGS) as ChartId[];

describe('elementProblem(tag, dataset, view)', () => {
  it.each(ids)('accepts every view of %s, and the empty (default) view', (id) => {
    const entry: { tag: string; dataset?: string } = CHART_TAGS[id];
    for (const view of ['', ...CHART_VIEWS[id]]) expect(elementProblem(entry.tag, entry.dataset, view)).toBeUndefined();
  });
  it.each(ids)('names an unknown view of %s with the views that exist', (id) => {
    const entry: { tag: string; dataset?: string } = CHART_TAGS[id];
    expect(elementProblem(entry.tag, entry.dataset, 'nope')).toEqual({ kind: 'view', value: 'nope', known: CHART_VIEWS[id] });
  });
  it('names an unknown dataset of the line chart with the datasets it draws', () => {
    expect(elementProblem('kc-line-chart', 'gpd', 'target')).toEqual({ kind: 'dataset', value: 'gpd', known: ['gdp'] });
  });
  it('leaves a tag it does not know unchecked', () => {
    expect(elementProblem('kc-unknown', 'x', 'y')).toBeUndefined();
  });
});

describe('viewProblem and chartIdProblem', () => {
  it('an unknown chart id lists the chart ids', () => {
    expect(chartIdProblem('gdpp')).toEqual({ kind: 'chart', value: 'gdpp', known: ids });
    expect(chartIdProblem('gdp')).toBeUndefined();
  });
  it('prototype keys are not chart ids', () => {
    expect(chartIdProblem('toString')?.kind).toBe('chart');
    expect(chartIdProblem('__proto__')?.kind).toBe('chart');
  });
  it('a view of another chart is unknown here', () => {
    expect(viewProblem('gdp', CHART_VIEWS.figures[0]!)?.kind).toBe('view');
  });
});
