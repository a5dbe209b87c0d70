import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { PlanTargetsDataset, Source } from '../../model/types.ts';
import { DataError, validateDataset, validateSources } from './validate.ts';

const read = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const sources: Record<string, Source> = validateSources(read('sources.json'), 'data/sources.json');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test edits the parsed JSON freely, any field at any depth
type Edit = (json: any) => unknown;

/** A deep copy of data/plan-2025.json with one change made by `edit`. */
function edited(edit: Edit): unknown {
  const json = structuredClone(read('plan-2025.json'));
  edit(json);
  return json;
}

function messageOf(json: unknown): string {
  try {
    validateDataset(json, 'data/plan-2025.json', sources);
  } catch (e) {
    if (e instanceof DataError) return e.message;
    throw e;
  }
  return 'no error';
}

describe('data/plan-2025.json', () => {
  const plan = validateDataset(read('plan-2025.json'), 'data/plan-2025.json', sources) as PlanTargetsDataset;

  test('the real file validates and loses nothing but its "$schema"', () => {
    const { $schema, ...data } = read('plan-2025.json');
    expect($schema).toBe('./schema/plan-targets.schema.json');
    expect(plan).toEqual(data);
  });

  test('holds Table 2 in full: 22 indicators in four groups, 6 of them binding, none with a 2025 result', () => {
    const count = (group: string) => plan.indicators.filter((i) => i.group === group).length;
    expect(plan.groups.map((g) => [g.label.zh, count(g.id)])).toEqual([
      ['综合实力', 8],
      ['社会民生', 7],
      ['生态环境', 4],
      ['治理现代化', 3],
    ]);
    expect(plan.indicators.filter((i) => i.attribute === 'binding').map((i) => i.id)).toEqual([
      'unemployment',
      'doctors',
      'industrial-energy-intensity',
      'water-intensity',
      'pm25',
      'work-safety-deaths',
    ]);
    expect(plan.indicators.filter((i) => i.result)).toEqual([]);
  });

  test('every cell cites Table 2 on its own row, lines 444 to 493', () => {
    for (const i of plan.indicators) {
      expect(i.locator).toMatch(/^Table 2, line (4[4-9]\d)$/);
      for (const cell of [i.base, i.target]) if (cell) expect([cell.source, cell.locator]).toEqual([i.source, i.locator]);
    }
  });

  test('keeps each table as it gives the 2020 unemployment rate: 1.8 here, 1.77 in Table 1', () => {
    const unemployment = plan.indicators.find((i) => i.id === 'unemployment');
    expect(unemployment?.base?.value).toBe(1.8);
    expect(unemployment?.note?.en).toContain('1.77');
  });

  test.each<[string, Edit, string]>([
    ['a cell with both a number and a text', (j) => (j.indicators[0].target.text = { zh: '350', en: '350' }), 'data/plan-2025.json: indicators[0].target: expected exactly one of "value", "text" or "unpublished", got 2'],
    ['a cell with nothing in it', (j) => delete j.indicators[0].base.value, 'data/plan-2025.json: indicators[0].base: expected exactly one of "value", "text" or "unpublished", got none'],
    ['a "*" written as false', (j) => (j.indicators[1].base.unpublished = false), 'data/plan-2025.json: indicators[1].base.unpublished: expected true (the table\'s "*"), got false'],
    ['a number written as text', (j) => (j.indicators[0].target.value = '350亿'), 'data/plan-2025.json: indicators[0].target.value: expected a number, got "350亿"'],
    ['a cell without a locator', (j) => delete j.indicators[2].base.locator, 'data/plan-2025.json: indicators[2].base.locator: missing required field'],
    ['a cell citing an unknown source', (j) => (j.indicators[3].target.source = 'nope'), 'data/plan-2025.json: indicators[3].target.source: unknown source "nope" (not in data/sources.json)'],
    ['an indicator without a target', (j) => delete j.indicators[4].target, 'data/plan-2025.json: indicators[4].target: missing required field'],
    ['an attribute in Chinese', (j) => (j.indicators[10].attribute = '约束性'), 'data/plan-2025.json: indicators[10].attribute: expected one of "expected", "binding", got "约束性"'],
    ['an unknown group', (j) => (j.indicators[5].group = 'culture'), 'data/plan-2025.json: indicators[5].group: unknown group "culture" (expected one of "strength", "livelihood", "environment", "governance")'],
    ['an unknown measure', (j) => (j.indicators[2].measure = 'level'), 'data/plan-2025.json: indicators[2].measure: expected one of "growth", got "level"'],
    ['an unknown format', (j) => (j.indicators[0].format = 'yuan-per-person'), 'data/plan-2025.json: indicators[0].format: expected one of "yi-yuan", '],
    ['a target year before the base year', (j) => (j.targetYear = 2019), 'data/plan-2025.json: targetYear: expected a year after "baseYear" (2020), got 2019'],
    ['two indicators with the same id', (j) => (j.indicators[1].id = 'gdp'), 'data/plan-2025.json: indicators[1].id: duplicate id "gdp" (already used at indicators[0].id)'],
    ['a misspelt field', (j) => (j.indicators[0].targets = j.indicators[0].target), 'data/plan-2025.json: indicators[0].targets: unknown field'],
  ])('rejects %s, naming the file and the path', (_name, edit, message) => {
    expect(messageOf(edited(edit))).toContain(message);
  });
});
