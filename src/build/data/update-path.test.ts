import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHART_DEFINITIONS } from '../../charts/definitions.ts';
import { chartCsv } from '../../elements/downloads/csv.ts';
import { formatValue } from '../../model/format.ts';
import { standalonePlotSvg } from '../prerender/static-chart.ts';
import { loadStory } from '../story/load-story.ts';
import { resolveToken } from '../story/tokens.ts';
import { changeLine, figureChanges } from './changes.ts';
import { dataFiles } from './check.ts';
import { validateBundle } from './validate.ts';

// The editor's path of docs/UPDATING.md, driven with a fixture: Kecheng publishes its 2025 GDP; the point goes into
// data/gdp.json with its source, locator and quote, the source into sources.json; everything follows from data.

const root = resolve(import.meta.dirname, '../../..');
const SIZE = { width: 640, height: 400 };
const BULLETIN = {
  id: 'kecheng-2025-bulletin',
  title: { zh: '2025 年柯城区国民经济和社会发展统计公报', en: 'Kecheng District statistical bulletin 2025' },
  short: { zh: '柯城区 2025 年统计公报', en: 'Kecheng 2025 statistical bulletin' },
  issuer: { zh: '衢州市柯城区统计局', en: 'Kecheng District Statistics Bureau' },
  date: '2026-03-20',
  document: 'https://example.org/kecheng-2025-bulletin',
  url: 'https://example.org/kecheng-2025-bulletin',
};
const POINT_2025 = {
  year: 2025,
  value: 650.12,
  kind: 'actual',
  scope: 'wider-2021',
  source: BULLETIN.id,
  locator: 'line 5',
  quote: { zh: '2025年全区实现地区生产总值650.12亿元。', en: 'In 2025 the district’s GDP was 65.012 billion yuan.' },
};

type Files = Record<string, unknown>;
type Gdp = { series: { points: { year: number }[] }[] };

/** The real data files, with the 2025 point before the 2026 target and the bulletin among the sources. */
function with2025(files: Files): Files {
  const next = structuredClone(files);
  const gdp = next['data/gdp.json'] as Gdp;
  const points = gdp.series[0]?.points ?? [];
  points.splice(points.findIndex((p) => p.year > 2025), 0, POINT_2025);
  (next['data/sources.json'] as { sources: unknown[] }).sources.push(BULLETIN);
  return next;
}

describe('a 2025 GDP figure added to data/gdp.json', () => {
  const before = dataFiles(root);
  const after = with2025(before);
  const data = validateBundle(after);
  const old = validateBundle(before);

  test('is in the GDP chart’s model and its data table, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const table = CHART_DEFINITIONS.gdp.model(data, 'all', SIZE, lang).text.table;
      const row = table.rows.find((r) => r[0]?.includes('2025') && /650\.12|65(\.\d+)? billion/.test(r.join(' ')));
      expect(row, lang).toBeDefined();
      expect(table.rows.length).toBe(CHART_DEFINITIONS.gdp.model(old, 'all', SIZE, lang).text.table.rows.length + 1);
    }
  });

  test('is what a token names with its kind prints, citing the bulletin; the year alone is now ambiguous', () => {
    const token = resolveToken('gdp:2025@actual', 'en', data);
    expect(token.text).toBe(formatValue(650.12, 'yi-yuan', 'en'));
    expect(token.sources).toEqual([expect.objectContaining({ source: BULLETIN.id, locator: 'line 5' })]);
    expect(resolveToken('gdp:2025@target', 'en', data).value).toBe(350);
    expect(() => resolveToken('gdp:2025', 'en', data)).toThrow('2025 has 2 values in "gdp" (target, actual): name one, as 2025@target');
  });

  test('fails the story build at the first sentence that named 2025 alone, naming the file and the step', () => {
    expect(() => loadStory(root, 'kecheng-five-years', data)).toThrow(/stories\/kecheng-five-years\/zh\.aml: .*2025 has 2 values in "gdp"/);
  });

  test('is a row of the CSV download, with its source', () => {
    const text = CHART_DEFINITIONS.gdp.model(data, 'all', SIZE, 'en').text;
    const csv = chartCsv(text.table, text.sourceIds, data.sources, 'en');
    const line = csv.split('\r\n').find((l) => l.startsWith('2025') && l.includes('Actual'));
    expect(line).toBeDefined();
    expect(line).toContain('Kecheng District statistical bulletin 2025');
  });

  test('is drawn in the static SVG of the prerendered page and the handouts', () => {
    const marks = (svg: string) => (svg.match(/<circle\b/g) ?? []).length;
    const svg = standalonePlotSvg('gdp', 'all', 'en', data);
    expect(marks(svg)).toBe(marks(standalonePlotSvg('gdp', 'all', 'en', old)) + 1);
  });

  test('is one line of the changelog; a revised figure is another, old → new', () => {
    expect(figureChanges(before, after).map(changeLine)).toEqual([
      'added data/gdp.json › series › gdp › points › 2025@actual › value: 650.12',
      'added data/gdp.json › series › gdp › points › 2025@actual › scope: wider-2021',
    ]);
    const revised = structuredClone(after);
    const p2021 = (revised['data/gdp.json'] as { series: { points: { year: number; value: number }[] }[] }).series[0]?.points.find(
      (p) => p.year === 2021,
    );
    if (p2021) p2021.value = 590;
    expect(figureChanges(after, revised).map(changeLine)).toEqual(['changed data/gdp.json › series › gdp › points › 2021@estimate › value: 587 → 590']);
  });
});
