import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_DEFINITIONS } from '../../charts/definitions.ts';
import { CHART_VIEWS } from '../../charts/kit/registry.ts';
import { CHART_TAGS, type ChartId } from '../../charts/kit/registry.ts';
import { loadData } from '../../build/story/load-story.ts';
import { chartCsv } from './csv.ts';

const data = loadData(resolve(import.meta.dirname, '../../..'));
/** Charts whose every table row names its unit and source (a chart without row references still gets a CSV). */
const WITH_REFS: ChartId[] = ['gdp', 'income', 'scorecard', 'structure', 'tracker', 'figures', 'villages'];

const allCases = (Object.keys(CHART_VIEWS) as ChartId[]).flatMap((chart) =>
  CHART_VIEWS[chart].flatMap((view) => (['zh', 'en'] as const).map((lang) => [chart, view, lang] as const)),
);
const cases = WITH_REFS.flatMap((chart) =>
  CHART_VIEWS[chart].flatMap((view) => (['zh', 'en'] as const).map((lang) => [chart, view, lang] as const)),
);

describe('the data behind each view', () => {
  it.each(cases)('%s %s (%s): every table row has a unit, a known source or a computation, and a locator', (chart, view, lang) => {
    const entry = CHART_TAGS[chart];
    const dataset = 'dataset' in entry ? entry.dataset : undefined;
    const { table } = CHART_DEFINITIONS[chart].model(data, view, { width: 640, height: 400 }, lang, dataset).text;
    expect(table.refs).toHaveLength(table.rows.length);
    for (const ref of table.refs ?? []) {
      if (ref.source) expect(Object.keys(data.sources)).toContain(ref.source);
      expect(ref.locator.length).toBeGreaterThan(0);
    }
  });

  it.each(allCases)(
    '%s %s (%s): the CSV has the header and a line per table row',
    (chart, view, lang) => {
      const entry = CHART_TAGS[chart];
      const dataset = 'dataset' in entry ? entry.dataset : undefined;
      const { table, sourceIds } = CHART_DEFINITIONS[chart].model(data, view, { width: 640, height: 400 }, lang, dataset).text;
      const lines = chartCsv(table, sourceIds, data.sources, lang).split('\r\n');
      expect(lines.pop()).toBe('');
      expect(lines).toHaveLength(table.rows.length + 1);
      for (const line of lines.slice(1)) expect(line).not.toMatch(/[\r\n]/);
      // A map lays out its geography at every view: slow on a busy machine.
    },
    30_000,
  );
});
