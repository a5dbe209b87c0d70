// Over 300 lines on purpose: most of it is the table of broken fixtures, one row per message the validation
// promises (file, field and problem spelled out in full), so that a changed message fails here by name.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Dataset, ScorecardDataset, SeriesDataset, Source } from '../../model/types.ts';
import { DataError, validateBundle, validateDataset, validateSources } from './validate.ts';

// --- helpers ------------------------------------------------------------------------------------

const DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url));

/** The real curated files, keyed as the build passes them: `data/<name>.json`. */
function realFiles(): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const name of readdirSync(DATA_DIR).filter((n) => n.endsWith('.json')).sort()) {
    files[`data/${name}`] = JSON.parse(readFileSync(join(DATA_DIR, name), 'utf8')) as unknown;
  }
  return files;
}

/** Runs `fn` and returns the DataError it throws (fails the test if it throws nothing or something else). */
function errorOf(fn: () => unknown): DataError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected a DataError, but nothing was thrown');
}

type Json = Record<string, unknown> | unknown[];

/** Splits `series[0].points[3].value` into ['series', 0, 'points', 3, 'value']. */
function keys(path: string): (string | number)[] {
  return path
    .split(/\.|(?=\[)/)
    .map((k) => (k.startsWith('[') ? Number(k.slice(1, -1)) : k));
}

/** Returns a deep copy of `json` with the field at `path` set to `value`, or deleted when `value` is DELETE. */
const DELETE = Symbol('delete');
function edit(json: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(json);
  const ks = keys(path);
  const last = ks.pop();
  let node = copy as Json;
  for (const k of ks) node = (node as Record<string | number, unknown>)[k] as Json;
  const target = node as Record<string | number, unknown>;
  if (last === undefined) throw new Error(`empty path`);
  if (value === DELETE && Array.isArray(target) && typeof last === 'number') target.splice(last, 1);
  else if (value === DELETE) delete target[last];
  else target[last] = value;
  return copy;
}

// --- fixtures: one small valid file of each kind ------------------------------------------------

const bi = (zh: string, en: string) => ({ zh, en });

const SOURCES = {
  sources: [
    { id: 'plan', title: bi('规划', 'Plan'), short: bi('规划', 'Plan'), issuer: bi('区政府', 'District government'), date: '2021', document: '004.txt' },
    {
      id: 'report',
      title: bi('报告', 'Report'),
      short: bi('报告', 'Report'),
      issuer: bi('区委', 'District committee'),
      date: '2021-12-28',
      document: 'https://example.org/report',
      url: 'https://example.org/report',
    },
  ],
};
const sources: Record<string, Source> = validateSources(SOURCES, 'data/sources.json');

const SERIES = {
  type: 'series',
  id: 'gdp',
  title: bi('地区生产总值', 'GDP'),
  unit: 'yi-yuan',
  notes: [bi('当年价。', 'Current prices.')],
  series: [
    {
      id: 'gdp',
      label: bi('地区生产总值', 'GDP'),
      points: [
        { year: 2015, value: 158.45, kind: 'actual', scope: 'old', source: 'plan', locator: 'Table 1, line 145' },
        { year: 2019, value: 230, kind: 'actual', scope: 'old', source: 'plan', locator: 'line 50' },
        { year: 2020, value: 236.48, kind: 'actual', scope: 'old', source: 'plan', locator: 'line 51' },
        { year: 2021, value: 587, kind: 'estimate', scope: 'wide', source: 'report', locator: 'line 23' },
        { year: 2026, value: 800, kind: 'target', bound: 'min', scope: 'wide', source: 'report', locator: 'line 109' },
      ],
      growth: [{ from: 2015, to: 2020, planned: 7, achieved: 6.1, met: false, source: 'plan', locator: 'Table 1' }],
    },
  ],
  breaks: [{ series: 'gdp', between: [2020, 2021], reason: bi('口径变化。', 'Change of scope.') }],
};

const STRUCTURE = {
  type: 'structure',
  id: 'structure',
  title: bi('三次产业结构', 'Structure'),
  entries: [
    { id: 'actual-2015', label: bi('2015', '2015'), year: 2015, kind: 'actual', primary: 5, secondary: 21, tertiary: 74, source: 'plan', locator: 'line 149' },
    { id: 'actual-2020', label: bi('2020', '2020'), year: 2020, kind: 'actual', primary: 3.5, secondary: 19.1, tertiary: 77.4, source: 'plan', locator: 'line 149' },
  ],
};

const SCORECARD = {
  type: 'scorecard',
  id: 'scorecard',
  title: bi('完成情况', 'Scorecard'),
  categories: [{ id: 'economy', label: bi('经济发展', 'Economy') }],
  indicators: [
    {
      id: 'gdp',
      category: 'economy',
      name: bi('地区生产总值', 'GDP'),
      unit: bi('亿元', '100 million yuan'),
      base2015: { value: 158.45 },
      target2020: { value: 70, bound: 'min', text: bi('>70', 'above 70') },
      targetGrowth: { value: 7 },
      value2020: { value: 236.5 },
      achievedGrowth: { text: bi('*', 'not yet published') },
      status: 'missed',
      source: 'plan',
      locator: 'Table 1, line 145',
    },
  ],
};

const FIGURES = {
  type: 'figures',
  id: 'targets-2026',
  title: bi('目标', 'Targets'),
  figures: [
    { id: 'gdp', label: bi('地区生产总值', 'GDP'), year: 2026, value: 800, unit: 'yi-yuan', bound: 'min', kind: 'target', source: 'report', locator: 'line 109' },
    { id: 'future-villages', label: bi('未来乡村', 'Future villages'), year: 2026, value: 15, unit: 'places', kind: 'target', note: bi('力争', 'aim'), source: 'report', locator: 'line 131' },
  ],
};

const FIXTURES = {
  'data/gdp.json': SERIES,
  'data/structure.json': STRUCTURE,
  'data/scorecard.json': SCORECARD,
  'data/targets-2026.json': FIGURES,
} as const;
type FixtureFile = keyof typeof FIXTURES;

// --- the real data ------------------------------------------------------------------------------

describe('the curated files in data/', () => {
  const files = realFiles();
  const names = Object.keys(files);

  it('include sources.json and at least the core datasets', () => {
    for (const f of ['sources', 'gdp', 'income', 'income-ratio', 'scorecard', 'structure', 'targets-2026', 'record-2021', 'place']) {
      expect(names).toContain(`data/${f}.json`);
    }
  });

  it('validate together as one bundle', () => {
    const bundle = validateBundle(files);
    expect(Object.keys(bundle.datasets).length).toBe(names.length - 1);
  });

  it.each(names.filter((n) => !n.endsWith('/sources.json')))('%s validates and loses nothing in validation but its "$schema"', (file) => {
    const all = validateSources(files['data/sources.json'], 'data/sources.json');
    const { $schema, ...data } = files[file] as Record<string, unknown>;
    expect($schema).toMatch(/^\.\/schema\/[a-z-]+\.schema\.json$/);
    expect(validateDataset(files[file], file, all)).toEqual(data);
  });

  it('sources.json loses nothing in validation', () => {
    const json = files['data/sources.json'] as { sources: Source[] };
    expect(Object.values(validateSources(json, 'data/sources.json'))).toEqual(json.sources);
  });

  const bundle = validateBundle(files);
  const dataset = <T extends Dataset>(id: string): T => bundle.datasets[id] as T;

  it('the scorecard has 21 indicators: 9 met, 8 missed, 4 unpublished', () => {
    const { indicators } = dataset<ScorecardDataset>('scorecard');
    const count = (s: string) => indicators.filter((i) => i.status === s).length;
    expect([indicators.length, count('met'), count('missed'), count('unpublished')]).toEqual([21, 9, 8, 4]);
  });

  it('the GDP series breaks between 2020 and 2021 and never shares a scope across the break', () => {
    const gdp = dataset<SeriesDataset>('gdp');
    expect(gdp.breaks?.map((b) => [b.series, ...b.between])).toEqual([['gdp', 2020, 2021]]);
    const points = gdp.series[0]?.points ?? [];
    const scope = (y: number) => points.find((p) => p.year === y)?.scope;
    expect(scope(2020)).not.toBe(scope(2021));
  });

  it('the derived urban–rural ratios match the incomes they come from', () => {
    const income = dataset<SeriesDataset>('income');
    const ratio = dataset<SeriesDataset>('income-ratio');
    const value = (d: SeriesDataset, s: string, y: number) =>
      d.series.find((x) => x.id === s)?.points.find((p) => p.year === y && p.kind === 'actual')?.value ?? NaN;
    for (const y of [2015, 2020]) {
      expect(value(ratio, 'ratio', y)).toBeCloseTo(value(income, 'urban', y) / value(income, 'rural', y), 2);
    }
  });
});

// --- broken fixtures ----------------------------------------------------------------------------

interface BrokenCase {
  name: string;
  file: FixtureFile;
  path: string;
  value: unknown;
  message: string;
}

const broken: BrokenCase[] = [
  {
    name: 'a point whose value is written as text',
    file: 'data/gdp.json', path: 'series[0].points[3].value', value: '587亿',
    message: 'data/gdp.json: series[0].points[3].value: expected a number, got "587亿"',
  },
  {
    name: 'a series without a label',
    file: 'data/gdp.json', path: 'series[0].label', value: DELETE,
    message: 'data/gdp.json: series[0].label: missing required field',
  },
  {
    name: 'a label with an empty English text',
    file: 'data/gdp.json', path: 'series[0].label.en', value: ' ',
    message: 'data/gdp.json: series[0].label.en: expected a non-empty string, got " "',
  },
  {
    name: 'a point citing a source that is not in sources.json',
    file: 'data/gdp.json', path: 'series[0].points[0].source', value: 'nowhere',
    message: 'data/gdp.json: series[0].points[0].source: unknown source "nowhere" (not in data/sources.json)',
  },
  {
    name: 'a point without a locator',
    file: 'data/gdp.json', path: 'series[0].points[1].locator', value: DELETE,
    message: 'data/gdp.json: series[0].points[1].locator: missing required field',
  },
  {
    name: 'a point with an empty locator',
    file: 'data/gdp.json', path: 'series[0].points[1].locator', value: '',
    message: 'data/gdp.json: series[0].points[1].locator: expected a non-empty string, got ""',
  },
  {
    name: 'a point of an unknown kind',
    file: 'data/gdp.json', path: 'series[0].points[2].kind', value: 'forecast',
    message: 'data/gdp.json: series[0].points[2].kind: expected one of "actual", "estimate", "target", got "forecast"',
  },
  {
    name: 'a bound that is neither min nor max',
    file: 'data/gdp.json', path: 'series[0].points[4].bound', value: 'at-least',
    message: 'data/gdp.json: series[0].points[4].bound: expected one of "min", "max", "over", "under", got "at-least"',
  },
  {
    name: 'a misspelt optional field',
    file: 'data/gdp.json', path: 'series[0].points[4].bounds', value: 'min',
    message:
      'data/gdp.json: series[0].points[4].bounds: unknown field (expected one of "year", "value", "kind", "bound", "scope", "note", "source", "locator", "quote")',
  },
  {
    name: 'a fractional year',
    file: 'data/gdp.json', path: 'series[0].points[0].year', value: 2015.5,
    message: 'data/gdp.json: series[0].points[0].year: expected a year (an integer from 1949 to 2100), got 2015.5',
  },
  {
    name: 'a year out of range',
    file: 'data/gdp.json', path: 'series[0].points[0].year', value: 20150,
    message: 'data/gdp.json: series[0].points[0].year: expected a year (an integer from 1949 to 2100), got 20150',
  },
  {
    name: 'points out of year order',
    file: 'data/gdp.json', path: 'series[0].points[1].year', value: 2010,
    message: 'data/gdp.json: series[0].points[1].year: points must be in ascending year order, got 2010 after 2015',
  },
  {
    name: 'an id that is not kebab-case',
    file: 'data/gdp.json', path: 'series[0].id', value: 'GDP_total',
    message: 'data/gdp.json: series[0].id: expected a kebab-case id (such as "gdp-2020"), got "GDP_total"',
  },
  {
    name: 'two series with the same id',
    file: 'data/gdp.json', path: 'series[1]', value: structuredClone(SERIES.series[0]),
    message: 'data/gdp.json: series[1].id: duplicate id "gdp" (already used at series[0].id)',
  },
  {
    name: 'a unit that is not a known kind',
    file: 'data/gdp.json', path: 'unit', value: '亿元',
    message:
      'data/gdp.json: unit: expected one of "yi-yuan", "wan-yuan", "yuan", "yi-usd", "percent", "permille", "ratio", "count", "wan-yuan-per-person", "share", "km2", "wan-people", "times", "places", got "亿元"',
  },
  {
    name: 'a growth record with neither a planned nor an achieved rate',
    file: 'data/gdp.json', path: 'series[0].growth[0]', value: { from: 2015, to: 2020, source: 'plan', locator: 'Table 1' },
    message: 'data/gdp.json: series[0].growth[0]: expected "planned", "achieved" or both, got neither',
  },
  {
    name: 'a growth record that ends before it starts',
    file: 'data/gdp.json', path: 'series[0].growth[0].to', value: 2010,
    message: 'data/gdp.json: series[0].growth[0].to: expected a year after "from" (2015), got 2010',
  },
  {
    name: 'a growth record whose "met" is a word',
    file: 'data/gdp.json', path: 'series[0].growth[0].met', value: '否',
    message: 'data/gdp.json: series[0].growth[0].met: expected true or false, got "否"',
  },
  {
    name: 'a break without a reason',
    file: 'data/gdp.json', path: 'breaks[0].reason', value: DELETE,
    message: 'data/gdp.json: breaks[0].reason: missing required field',
  },
  {
    name: 'a break whose reason has no Chinese',
    file: 'data/gdp.json', path: 'breaks[0].reason.zh', value: DELETE,
    message: 'data/gdp.json: breaks[0].reason.zh: missing required field',
  },
  {
    name: 'a break naming a series that does not exist',
    file: 'data/gdp.json', path: 'breaks[0].series', value: 'gdp-old',
    message: 'data/gdp.json: breaks[0].series: unknown series "gdp-old" (expected one of "gdp")',
  },
  {
    name: 'a break with its years in the wrong order',
    file: 'data/gdp.json', path: 'breaks[0].between', value: [2021, 2020],
    message: 'data/gdp.json: breaks[0].between: expected two years in ascending order, got [2021, 2020]',
  },
  {
    name: 'a break with three years',
    file: 'data/gdp.json', path: 'breaks[0].between', value: [2019, 2020, 2021],
    message: 'data/gdp.json: breaks[0].between: expected two years, got 3 items',
  },
  {
    name: 'an unknown dataset type',
    file: 'data/gdp.json', path: 'type', value: 'chart',
    message: 'data/gdp.json: type: unknown dataset type "chart" (expected one of "series", "scorecard", "structure", "figures", "townships", "spatial-plan", "plan-targets")',
  },
  {
    name: 'a dataset without a type',
    file: 'data/gdp.json', path: 'type', value: DELETE,
    message: 'data/gdp.json: type: missing required field',
  },
  {
    name: 'a dataset whose id is not its file name',
    file: 'data/gdp.json', path: 'id', value: 'gdp-2',
    message: 'data/gdp.json: id: expected the file\'s base name "gdp", got "gdp-2"',
  },
  {
    name: 'a series dataset with a field of another type',
    file: 'data/gdp.json', path: 'entries', value: [],
    message: 'data/gdp.json: entries: unknown field (expected one of "type", "id", "title", "unit", "notes", "series", "breaks")',
  },
  {
    name: 'a notes list holding a plain string',
    file: 'data/gdp.json', path: 'notes[0]', value: '当年价',
    message: 'data/gdp.json: notes[0]: expected an object, got "当年价"',
  },
  {
    name: 'a series with no points',
    file: 'data/gdp.json', path: 'series[0].points', value: [],
    message: 'data/gdp.json: series[0].points: expected at least one item, got an empty array',
  },
  {
    name: 'structure shares that do not sum to 100',
    file: 'data/structure.json', path: 'entries[1].tertiary', value: 70,
    message: 'data/structure.json: entries[1]: shares sum to 92.6, expected 100 ± 0.6',
  },
  {
    name: 'a structure share written as a percentage string',
    file: 'data/structure.json', path: 'entries[0].primary', value: '5%',
    message: 'data/structure.json: entries[0].primary: expected a number, got "5%"',
  },
  {
    name: 'two structure entries with the same id',
    file: 'data/structure.json', path: 'entries[1].id', value: 'actual-2015',
    message: 'data/structure.json: entries[1].id: duplicate id "actual-2015" (already used at entries[0].id)',
  },
  {
    name: 'a scorecard status outside the enum',
    file: 'data/scorecard.json', path: 'indicators[0].status', value: '否',
    message: 'data/scorecard.json: indicators[0].status: expected one of "met", "missed", "unpublished", got "否"',
  },
  {
    name: 'a scorecard cell with neither value nor text',
    file: 'data/scorecard.json', path: 'indicators[0].base2015', value: {},
    message: 'data/scorecard.json: indicators[0].base2015: expected "value", "text" or both, got neither',
  },
  {
    name: 'a scorecard cell with a bound but no value',
    file: 'data/scorecard.json', path: 'indicators[0].target2020.value', value: DELETE,
    message: 'data/scorecard.json: indicators[0].target2020.bound: a bound needs a "value"',
  },
  {
    name: 'an indicator in a category that does not exist',
    file: 'data/scorecard.json', path: 'indicators[0].category', value: 'culture',
    message: 'data/scorecard.json: indicators[0].category: unknown category "culture" (expected one of "economy")',
  },
  {
    name: 'an indicator without a 2015 base',
    file: 'data/scorecard.json', path: 'indicators[0].base2015', value: DELETE,
    message: 'data/scorecard.json: indicators[0].base2015: missing required field',
  },
  {
    name: 'a figure in an unknown unit',
    file: 'data/targets-2026.json', path: 'figures[1].unit', value: 'villages',
    message:
      'data/targets-2026.json: figures[1].unit: expected one of "yi-yuan", "wan-yuan", "yuan", "yi-usd", "percent", "permille", "ratio", "count", "wan-yuan-per-person", "share", "km2", "wan-people", "times", "places", got "villages"',
  },
  {
    name: 'an absurd number',
    file: 'data/gdp.json', path: 'series[0].points[0].value', value: 1e300,
    message: 'data/gdp.json: series[0].points[0].value: expected a number no larger than 1000000000000000 either way, got 1e+300',
  },
  {
    name: 'a value its unit cannot take',
    file: 'data/gdp.json', path: 'series[0].points[0].value', value: 2e7,
    message: 'data/gdp.json: series[0].points[0].value: expected a value in yi-yuan from -1000000 to 10000000, got 20000000',
  },
  {
    name: 'a growth rate below −100 %',
    file: 'data/gdp.json', path: 'series[0].growth[0].achieved', value: -250,
    message: 'data/gdp.json: series[0].growth[0].achieved: expected a value in percent from -100 to 10000, got -250',
  },
  {
    name: 'a negative count of places',
    file: 'data/targets-2026.json', path: 'figures[1].value', value: -15,
    message: 'data/targets-2026.json: figures[1].value: expected a value in places from 0 to 1000000, got -15',
  },
  {
    name: 'two figures with the same id',
    file: 'data/targets-2026.json', path: 'figures[1].id', value: 'gdp',
    message: 'data/targets-2026.json: figures[1].id: duplicate id "gdp" (already used at figures[0].id)',
  },
  {
    name: 'a figure without a kind',
    file: 'data/targets-2026.json', path: 'figures[0].kind', value: DELETE,
    message: 'data/targets-2026.json: figures[0].kind: missing required field',
  },
  {
    name: 'a figure whose value is null',
    file: 'data/targets-2026.json', path: 'figures[0].value', value: null,
    message: 'data/targets-2026.json: figures[0].value: expected a number, got null',
  },
];

describe('validateDataset', () => {
  it.each(Object.entries(FIXTURES))('accepts the valid fixture %s unchanged', (file, json) => {
    expect(validateDataset(json, file, sources)).toEqual(json);
  });

  it.each(broken.map((c) => [c.name, c] as const))('rejects %s, naming the file and the path', (_name, { file, path, value, message }) => {
    const error = errorOf(() => validateDataset(edit(FIXTURES[file], path, value), file, sources));
    expect(error.message).toBe(message);
    expect(error.file).toBe(file);
    expect(message.startsWith(`${file}: ${error.path}: `)).toBe(true);
  });

  it('accepts the "$schema" of the file\'s type, and returns the data without it', () => {
    const json = { $schema: './schema/series.schema.json', ...SERIES };
    expect(validateDataset(json, 'data/gdp.json', sources)).toEqual(SERIES);
    expect(validateSources({ $schema: './schema/sources.schema.json', ...SOURCES }, 'data/sources.json')).toEqual(sources);
  });

  it('rejects a "$schema" of another type, naming the one to use', () => {
    const json = { $schema: './schema/figures.schema.json', ...SERIES };
    const error = errorOf(() => validateDataset(json, 'data/gdp.json', sources));
    expect(error.message).toBe('data/gdp.json: $schema: expected "./schema/series.schema.json", got "./schema/figures.schema.json"');
  });

  it('rejects a file that is not an object, naming the root', () => {
    const error = errorOf(() => validateDataset([], 'data/gdp.json', sources));
    expect([error.file, error.path, error.message]).toEqual(['data/gdp.json', '(root)', 'data/gdp.json: (root): expected an object, got an array']);
  });

  it('does not let a dataset alias the objects it was given', () => {
    const json = structuredClone(SERIES);
    const dataset = validateDataset(json, 'data/gdp.json', sources) as SeriesDataset;
    json.series[0]!.points[0]!.value = 1;
    expect(dataset.series[0]?.points[0]?.value).toBe(158.45);
  });
});

describe('validateSources', () => {
  const cases: { name: string; path: string; value: unknown; message: string }[] = [
    {
      name: 'two sources with the same id',
      path: 'sources[1].id', value: 'plan',
      message: 'data/sources.json: sources[1].id: duplicate id "plan" (already used at sources[0].id)',
    },
    {
      name: 'a date that is not ISO',
      path: 'sources[0].date', value: '2021年12月',
      message: 'data/sources.json: sources[0].date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2021年12月"',
    },
    {
      name: 'a URL that is not http(s)',
      path: 'sources[1].url', value: 'ftp://example.org/x',
      message: 'data/sources.json: sources[1].url: expected an http(s) URL, got "ftp://example.org/x"',
    },
    {
      name: 'a title without Chinese',
      path: 'sources[0].title.zh', value: DELETE,
      message: 'data/sources.json: sources[0].title.zh: missing required field',
    },
    {
      name: 'a source without a document',
      path: 'sources[0].document', value: DELETE,
      message: 'data/sources.json: sources[0].document: missing required field',
    },
    {
      name: 'a list under the wrong key',
      path: 'source', value: [],
      message: 'data/sources.json: source: unknown field (expected one of "sources")',
    },
  ];

  it('returns the sources keyed by id', () => {
    expect(Object.keys(sources)).toEqual(['plan', 'report']);
    expect(sources.report?.url).toBe('https://example.org/report');
  });

  it.each(cases.map((c) => [c.name, c] as const))('rejects %s, naming the file and the path', (_name, { path, value, message }) => {
    const error = errorOf(() => validateSources(edit(SOURCES, path, value), 'data/sources.json'));
    expect(error.message).toBe(message);
  });
});

describe('validateBundle', () => {
  it('returns the sources and every dataset keyed by id', () => {
    const bundle = validateBundle({ 'data/sources.json': SOURCES, ...FIXTURES });
    expect(Object.keys(bundle.sources)).toEqual(['plan', 'report']);
    expect(Object.keys(bundle.datasets).sort()).toEqual(['gdp', 'scorecard', 'structure', 'targets-2026']);
  });

  it('fails when sources.json is missing', () => {
    expect(errorOf(() => validateBundle({ ...FIXTURES })).message).toBe('data/sources.json: (root): missing file');
  });

  it('fails when two files share a dataset id', () => {
    const error = errorOf(() =>
      validateBundle({ 'data/sources.json': SOURCES, 'data/gdp.json': SERIES, 'data/old/gdp.json': SERIES }),
    );
    expect(error.message).toBe('data/old/gdp.json: id: duplicate dataset id "gdp" (also in data/gdp.json)');
  });

  it('checks dataset sources against the bundle\'s own sources file', () => {
    const error = errorOf(() =>
      validateBundle({ 'data/sources.json': edit(SOURCES, 'sources[1]', DELETE), 'data/gdp.json': SERIES }),
    );
    expect(error.message).toBe('data/gdp.json: series[0].points[3].source: unknown source "report" (not in data/sources.json)');
  });
});
