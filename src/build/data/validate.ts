/**
 * Schema validation for the curated data in data/*.json.
 *
 * Pure TypeScript, no dependencies, no DOM. Each check either returns a clean, typed copy of
 * the value (unknown fields are rejected, so a typo such as "bounds" never passes silently)
 * or throws a DataError naming the file and the path of the offending field:
 *
 *   data/gdp.json: series[0].points[3].value: expected a number, got "587亿"
 */
import type {
  Bilingual,
  Bound,
  Cell,
  DataBundle,
  Dataset,
  Figure,
  FiguresDataset,
  GrowthRecord,
  Indicator,
  IndicatorStatus,
  PlanAttribute,
  PlanCell,
  PlanElement,
  PlanIndicator,
  PlanPlace,
  PlanTargetsDataset,
  Point,
  PointKind,
  ScorecardDataset,
  Series,
  SeriesBreak,
  SeriesDataset,
  Source,
  SourceRef,
  SpatialPlanDataset,
  StructureDataset,
  StructureEntry,
  Township,
  TownshipsDataset,
  TownshipType,
  UnitKind,
} from '../../model/types.ts';

/** A problem in a data file: `${file}: ${path}: ${problem}`. */
export class DataError extends Error {
  readonly file: string;
  /** Path of the field inside the file, e.g. `series[0].points[3].value`; `(root)` for the whole file. */
  readonly path: string;
  readonly problem: string;

  constructor(file: string, path: string, problem: string) {
    super(`${file}: ${path}: ${problem}`);
    this.name = 'DataError';
    this.file = file;
    this.path = path;
    this.problem = problem;
  }
}

// --- enumerations (Records keyed by the union, so the compiler keeps them complete) -------------

const UNIT_KINDS: Record<UnitKind, true> = {
  'yi-yuan': true,
  'wan-yuan': true,
  yuan: true,
  'yi-usd': true,
  percent: true,
  permille: true,
  ratio: true,
  count: true,
  'wan-yuan-per-person': true,
  share: true,
  km2: true,
  'wan-people': true,
  times: true,
  places: true,
};
const POINT_KINDS: Record<PointKind, true> = { actual: true, estimate: true, target: true };
const BOUNDS: Record<Bound, true> = { min: true, max: true, over: true, under: true };
const STATUSES: Record<IndicatorStatus, true> = { met: true, missed: true, unpublished: true };
const DATASET_TYPES: Record<Dataset['type'], true> = {
  series: true,
  scorecard: true,
  structure: true,
  figures: true,
  townships: true,
  'spatial-plan': true,
  'plan-targets': true,
};
const TOWNSHIP_TYPES: Record<TownshipType, true> = { subdistrict: true, town: true, township: true };
const PLAN_KINDS: Record<PlanElement['kind'], true> = { core: true, 'sub-core': true, axis: true, zone: true };
const PLACE_KINDS: Record<PlanPlace['kind'], true> = { mountain: true, village: true };
const PLAN_ATTRIBUTES: Record<PlanAttribute, true> = { expected: true, binding: true };
const MEASURES: Record<NonNullable<PlanIndicator['measure']>, true> = { growth: true };

// --- the fields each object may carry (again complete by construction) --------------------------

const BILINGUAL_FIELDS: Record<keyof Bilingual, true> = { zh: true, en: true };
const SOURCE_FIELDS: Record<keyof Source, true> = {
  id: true, title: true, short: true, issuer: true, date: true, document: true, url: true, note: true,
};
const POINT_FIELDS: Record<keyof Point, true> = {
  year: true, value: true, kind: true, bound: true, scope: true, note: true, source: true, locator: true,
};
const GROWTH_FIELDS: Record<keyof GrowthRecord, true> = {
  from: true, to: true, planned: true, achieved: true, met: true, source: true, locator: true,
};
const SERIES_FIELDS: Record<keyof Series, true> = { id: true, label: true, points: true, growth: true };
const BREAK_FIELDS: Record<keyof SeriesBreak, true> = { series: true, between: true, reason: true };
const SERIES_DATASET_FIELDS: Record<keyof SeriesDataset, true> = {
  type: true, id: true, title: true, unit: true, notes: true, series: true, breaks: true,
};
const CELL_FIELDS: Record<keyof Cell, true> = { value: true, bound: true, text: true };
const INDICATOR_FIELDS: Record<keyof Indicator, true> = {
  id: true, category: true, name: true, unit: true, base2015: true, target2020: true,
  targetGrowth: true, value2020: true, achievedGrowth: true, status: true, source: true, locator: true,
};
const CATEGORY_FIELDS: Record<keyof ScorecardDataset['categories'][number], true> = { id: true, label: true };
const SCORECARD_FIELDS: Record<keyof ScorecardDataset, true> = {
  type: true, id: true, title: true, notes: true, categories: true, indicators: true,
};
const ENTRY_FIELDS: Record<keyof StructureEntry, true> = {
  id: true, label: true, year: true, kind: true, primary: true, secondary: true, tertiary: true,
  source: true, locator: true,
};
const STRUCTURE_FIELDS: Record<keyof StructureDataset, true> = {
  type: true, id: true, title: true, notes: true, entries: true,
};
const FIGURE_FIELDS: Record<keyof Figure, true> = {
  id: true, label: true, year: true, value: true, unit: true, bound: true, kind: true, note: true,
  source: true, locator: true,
};
const FIGURES_FIELDS: Record<keyof FiguresDataset, true> = {
  type: true, id: true, title: true, notes: true, figures: true,
};
const TOWNSHIP_FIELDS: Record<keyof Township, true> = {
  code: true, name: true, short: true, type: true, villages: true, communities: true, tile: true, source: true, locator: true,
};
const TOWNSHIPS_FIELDS: Record<keyof TownshipsDataset, true> = {
  type: true, id: true, title: true, notes: true, area: true, units: true,
};
const AREA_FIELDS: Record<keyof TownshipsDataset['area'], true> = { code: true, source: true, locator: true };
const TILE_FIELDS: Record<keyof Township['tile'], true> = { col: true, row: true };
const POINT_AT_FIELDS = { x: true, y: true } as const;
const ELLIPSE_FIELDS = { x: true, y: true, rx: true, ry: true } as const;
const PLACE_FIELDS: Record<keyof PlanPlace, true> = { id: true, kind: true, label: true, at: true };
const PLAN_ELEMENT_FIELDS: Record<keyof PlanElement, true> = {
  id: true, kind: true, label: true, detail: true, at: true, from: true, to: true, areas: true, places: true,
  source: true, locator: true,
};
const SPATIAL_PLAN_FIELDS: Record<keyof SpatialPlanDataset, true> = {
  type: true, id: true, title: true, notes: true, elements: true,
};
const PLAN_CELL_FIELDS: Record<keyof PlanCell, true> = { value: true, text: true, unpublished: true, source: true, locator: true };
const PLAN_INDICATOR_FIELDS: Record<keyof PlanIndicator, true> = {
  id: true, group: true, name: true, unit: true, format: true, measure: true, base: true, target: true, result: true,
  attribute: true, note: true, source: true, locator: true,
};
const PLAN_GROUP_FIELDS: Record<keyof PlanTargetsDataset['groups'][number], true> = { id: true, label: true };
const PLAN_TARGETS_FIELDS: Record<keyof PlanTargetsDataset, true> = {
  type: true, id: true, title: true, notes: true, baseYear: true, targetYear: true, groups: true, indicators: true,
};

/** Lowest and highest year a data point may carry. */
export const YEAR_MIN = 1949;
export const YEAR_MAX = 2100;
/** Shares in a structure entry must add up to 100 within this tolerance (rounding in the source). */
export const SHARE_TOLERANCE = 0.6;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const URL_RE = /^https?:\/\/\S+$/;

type Json = Record<string, unknown>;

/** How a wrong value is shown in a message. */
function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'object') return 'an object';
  return String(v);
}

function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

const list = (keys: Record<string, true>): string[] => Object.keys(keys);
const quoted = (keys: string[]): string => keys.map((k) => `"${k}"`).join(', ');

/** Reads one file; every method takes the value and its path and throws a DataError on failure. */
class Reader {
  readonly file: string;
  readonly sources: Record<string, Source> | undefined;

  constructor(file: string, sources?: Record<string, Source>) {
    this.file = file;
    this.sources = sources;
  }

  fail(path: string, problem: string): never {
    throw new DataError(this.file, path === '' ? '(root)' : path, problem);
  }

  /** A plain object, whatever its fields. */
  record(v: unknown, path: string): Json {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      this.fail(path, `expected an object, got ${show(v)}`);
    }
    return v as Json; // checked just above: a plain, non-null, non-array object
  }

  /** A plain object whose fields are all among `fields`. */
  object(v: unknown, path: string, fields: Record<string, true>): Json {
    const o = this.record(v, path);
    for (const key of Object.keys(o)) {
      if (!Object.hasOwn(fields, key)) this.fail(at(path, key), `unknown field (expected one of ${quoted(list(fields))})`);
    }
    return o;
  }

  /** A required field; `missing required field` when absent. */
  need(o: Json, key: string, path: string): unknown {
    const v = o[key];
    if (v === undefined) this.fail(at(path, key), 'missing required field');
    return v;
  }

  string(v: unknown, path: string): string {
    if (typeof v !== 'string' || v.trim() === '') this.fail(path, `expected a non-empty string, got ${show(v)}`);
    return v;
  }

  number(v: unknown, path: string): number {
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(path, `expected a number, got ${show(v)}`);
    return v;
  }

  boolean(v: unknown, path: string): boolean {
    if (typeof v !== 'boolean') this.fail(path, `expected true or false, got ${show(v)}`);
    return v;
  }

  year(v: unknown, path: string): number {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < YEAR_MIN || v > YEAR_MAX) {
      this.fail(path, `expected a year (an integer from ${YEAR_MIN} to ${YEAR_MAX}), got ${show(v)}`);
    }
    return v;
  }

  oneOf<T extends string>(v: unknown, path: string, options: Record<T, true>): T {
    if (typeof v !== 'string' || !Object.hasOwn(options, v)) {
      this.fail(path, `expected one of ${quoted(list(options))}, got ${show(v)}`);
    }
    return v as T; // checked just above: v is a key of options
  }

  array(v: unknown, path: string, nonEmpty = true): unknown[] {
    if (!Array.isArray(v)) this.fail(path, `expected an array, got ${show(v)}`);
    if (nonEmpty && v.length === 0) this.fail(path, 'expected at least one item, got an empty array');
    return v;
  }

  id(v: unknown, path: string): string {
    const s = this.string(v, path);
    if (!KEBAB.test(s)) this.fail(path, `expected a kebab-case id (such as "gdp-2020"), got ${show(s)}`);
    return s;
  }

  bilingual(v: unknown, path: string): Bilingual {
    const o = this.object(v, path, BILINGUAL_FIELDS);
    return {
      zh: this.string(this.need(o, 'zh', path), at(path, 'zh')),
      en: this.string(this.need(o, 'en', path), at(path, 'en')),
    };
  }

  /** Reads each item of a list and checks that their ids are unique among the list. */
  items<T extends { id: string }>(v: unknown, path: string, read: (item: unknown, path: string) => T): T[] {
    const seen = new Map<string, string>();
    return this.array(v, path).map((item, i) => {
      const p = at(path, i);
      const result = read(item, p);
      const first = seen.get(result.id);
      if (first !== undefined) this.fail(at(p, 'id'), `duplicate id "${result.id}" (already used at ${first})`);
      seen.set(result.id, at(p, 'id'));
      return result;
    });
  }

  /** An optional field: undefined when absent, otherwise read with `read`. */
  opt<T>(o: Json, key: string, path: string, read: (v: unknown, path: string) => T): T | undefined {
    const v = o[key];
    return v === undefined ? undefined : read(v, at(path, key));
  }

  sourceRef(o: Json, path: string): SourceRef {
    const source = this.id(this.need(o, 'source', path), at(path, 'source'));
    if (this.sources !== undefined && !Object.hasOwn(this.sources, source)) {
      this.fail(at(path, 'source'), `unknown source "${source}" (not in data/sources.json)`);
    }
    const locator = this.string(this.need(o, 'locator', path), at(path, 'locator'));
    return { source, locator };
  }

  notes(o: Json, path: string): Bilingual[] | undefined {
    return this.opt(o, 'notes', path, (v, p) => this.array(v, p, false).map((n, i) => this.bilingual(n, at(p, i))));
  }
}

/** Copies the optional properties that are defined, so the result carries no `undefined` keys. */
function withOptional<T extends object>(base: T, optional: Partial<T>): T {
  const out = { ...base };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

// --- sources ------------------------------------------------------------------------------------

function readSource(r: Reader, v: unknown, path: string): Source {
  const o = r.object(v, path, SOURCE_FIELDS);
  const date = r.string(r.need(o, 'date', path), at(path, 'date'));
  if (!DATE.test(date)) r.fail(at(path, 'date'), `expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got ${show(date)}`);
  const url = r.opt(o, 'url', path, (u, p) => {
    const s = r.string(u, p);
    if (!URL_RE.test(s)) r.fail(p, `expected an http(s) URL, got ${show(s)}`);
    return s;
  });
  return withOptional<Source>(
    {
      id: r.id(r.need(o, 'id', path), at(path, 'id')),
      title: r.bilingual(r.need(o, 'title', path), at(path, 'title')),
      short: r.bilingual(r.need(o, 'short', path), at(path, 'short')),
      issuer: r.bilingual(r.need(o, 'issuer', path), at(path, 'issuer')),
      date,
      document: r.string(r.need(o, 'document', path), at(path, 'document')),
    },
    { url, note: r.opt(o, 'note', path, (n, p) => r.bilingual(n, p)) },
  );
}

/** Validates data/sources.json (`{ "sources": [...] }`) and returns the sources by id. */
export function validateSources(json: unknown, file: string): Record<string, Source> {
  const r = new Reader(file);
  const o = r.object(json, '', { sources: true });
  const sources = r.items(r.need(o, 'sources', ''), 'sources', (v, p) => readSource(r, v, p));
  return Object.fromEntries(sources.map((s) => [s.id, s]));
}

// --- series -------------------------------------------------------------------------------------

function readPoint(r: Reader, v: unknown, path: string): Point {
  const o = r.object(v, path, POINT_FIELDS);
  return withOptional<Point>(
    {
      year: r.year(r.need(o, 'year', path), at(path, 'year')),
      value: r.number(r.need(o, 'value', path), at(path, 'value')),
      kind: r.oneOf(r.need(o, 'kind', path), at(path, 'kind'), POINT_KINDS),
      ...r.sourceRef(o, path),
    },
    {
      bound: r.opt(o, 'bound', path, (b, p) => r.oneOf(b, p, BOUNDS)),
      scope: r.opt(o, 'scope', path, (s, p) => r.id(s, p)),
      note: r.opt(o, 'note', path, (n, p) => r.bilingual(n, p)),
    },
  );
}

function readGrowth(r: Reader, v: unknown, path: string): GrowthRecord {
  const o = r.object(v, path, GROWTH_FIELDS);
  const from = r.year(r.need(o, 'from', path), at(path, 'from'));
  const to = r.year(r.need(o, 'to', path), at(path, 'to'));
  if (to <= from) r.fail(at(path, 'to'), `expected a year after "from" (${from}), got ${to}`);
  const planned = r.opt(o, 'planned', path, (n, p) => r.number(n, p));
  const achieved = r.opt(o, 'achieved', path, (n, p) => r.number(n, p));
  if (planned === undefined && achieved === undefined) {
    r.fail(path, 'expected "planned", "achieved" or both, got neither');
  }
  return withOptional<GrowthRecord>(
    { from, to, ...r.sourceRef(o, path) },
    { planned, achieved, met: r.opt(o, 'met', path, (b, p) => r.boolean(b, p)) },
  );
}

function readSeries(r: Reader, v: unknown, path: string): Series {
  const o = r.object(v, path, SERIES_FIELDS);
  const pointsPath = at(path, 'points');
  const points = r.array(r.need(o, 'points', path), pointsPath).map((p, i) => readPoint(r, p, at(pointsPath, i)));
  const seen = new Set<string>();
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (prev !== undefined && p.year < prev.year) {
      r.fail(at(at(pointsPath, i), 'year'), `points must be in ascending year order, got ${p.year} after ${prev.year}`);
    }
    const key = `${p.year}|${p.kind}|${p.scope ?? ''}`;
    if (seen.has(key)) {
      r.fail(at(pointsPath, i), `duplicate point: another ${p.kind} for ${p.year}${p.scope ? ` in scope "${p.scope}"` : ''}`);
    }
    seen.add(key);
  });
  return withOptional<Series>(
    {
      id: r.id(r.need(o, 'id', path), at(path, 'id')),
      label: r.bilingual(r.need(o, 'label', path), at(path, 'label')),
      points,
    },
    {
      growth: r.opt(o, 'growth', path, (g, p) => r.array(g, p, false).map((item, i) => readGrowth(r, item, at(p, i)))),
    },
  );
}

function readBreak(r: Reader, v: unknown, path: string, seriesIds: Set<string>): SeriesBreak {
  const o = r.object(v, path, BREAK_FIELDS);
  const series = r.id(r.need(o, 'series', path), at(path, 'series'));
  if (!seriesIds.has(series)) {
    r.fail(at(path, 'series'), `unknown series "${series}" (expected one of ${quoted([...seriesIds])})`);
  }
  const betweenPath = at(path, 'between');
  const between = r.array(r.need(o, 'between', path), betweenPath);
  if (between.length !== 2) r.fail(betweenPath, `expected two years, got ${between.length} items`);
  const a = r.year(between[0], at(betweenPath, 0));
  const b = r.year(between[1], at(betweenPath, 1));
  if (b <= a) r.fail(betweenPath, `expected two years in ascending order, got [${a}, ${b}]`);
  return { series, between: [a, b], reason: r.bilingual(r.need(o, 'reason', path), at(path, 'reason')) };
}

function readSeriesDataset(r: Reader, o: Json): SeriesDataset {
  const series = r.items(r.need(o, 'series', ''), 'series', (v, p) => readSeries(r, v, p));
  const ids = new Set(series.map((s) => s.id));
  return withOptional<SeriesDataset>(
    {
      type: 'series',
      id: r.id(o.id, 'id'),
      title: r.bilingual(r.need(o, 'title', ''), 'title'),
      unit: r.oneOf(r.need(o, 'unit', ''), 'unit', UNIT_KINDS),
      series,
    },
    {
      notes: r.notes(o, ''),
      breaks: r.opt(o, 'breaks', '', (v, p) => r.array(v, p, false).map((b, i) => readBreak(r, b, at(p, i), ids))),
    },
  );
}

// --- scorecard ----------------------------------------------------------------------------------

function readCell(r: Reader, v: unknown, path: string): Cell {
  const o = r.object(v, path, CELL_FIELDS);
  const value = r.opt(o, 'value', path, (n, p) => r.number(n, p));
  const text = r.opt(o, 'text', path, (t, p) => r.bilingual(t, p));
  const bound = r.opt(o, 'bound', path, (b, p) => r.oneOf(b, p, BOUNDS));
  if (value === undefined && text === undefined) r.fail(path, 'expected "value", "text" or both, got neither');
  if (bound !== undefined && value === undefined) r.fail(at(path, 'bound'), 'a bound needs a "value"');
  return withOptional<Cell>({}, { value, bound, text });
}

function readIndicator(r: Reader, v: unknown, path: string, categories: Set<string>): Indicator {
  const o = r.object(v, path, INDICATOR_FIELDS);
  const category = r.id(r.need(o, 'category', path), at(path, 'category'));
  if (!categories.has(category)) {
    r.fail(at(path, 'category'), `unknown category "${category}" (expected one of ${quoted([...categories])})`);
  }
  const cell = (key: string) => r.opt(o, key, path, (c, p) => readCell(r, c, p));
  return withOptional<Indicator>(
    {
      id: r.id(r.need(o, 'id', path), at(path, 'id')),
      category,
      name: r.bilingual(r.need(o, 'name', path), at(path, 'name')),
      unit: r.bilingual(r.need(o, 'unit', path), at(path, 'unit')),
      base2015: readCell(r, r.need(o, 'base2015', path), at(path, 'base2015')),
      status: r.oneOf(r.need(o, 'status', path), at(path, 'status'), STATUSES),
      ...r.sourceRef(o, path),
    },
    {
      target2020: cell('target2020'),
      targetGrowth: cell('targetGrowth'),
      value2020: cell('value2020'),
      achievedGrowth: cell('achievedGrowth'),
    },
  );
}

function readScorecard(r: Reader, o: Json): ScorecardDataset {
  const categories = r.items(r.need(o, 'categories', ''), 'categories', (v, p) => {
    const c = r.object(v, p, CATEGORY_FIELDS);
    return { id: r.id(r.need(c, 'id', p), at(p, 'id')), label: r.bilingual(r.need(c, 'label', p), at(p, 'label')) };
  });
  const ids = new Set(categories.map((c) => c.id));
  return withOptional<ScorecardDataset>(
    {
      type: 'scorecard',
      id: r.id(o.id, 'id'),
      title: r.bilingual(r.need(o, 'title', ''), 'title'),
      categories,
      indicators: r.items(r.need(o, 'indicators', ''), 'indicators', (v, p) => readIndicator(r, v, p, ids)),
    },
    { notes: r.notes(o, '') },
  );
}

// --- structure ----------------------------------------------------------------------------------

function readEntry(r: Reader, v: unknown, path: string): StructureEntry {
  const o = r.object(v, path, ENTRY_FIELDS);
  const share = (key: 'primary' | 'secondary' | 'tertiary'): number => {
    const n = r.number(r.need(o, key, path), at(path, key));
    if (n < 0 || n > 100) r.fail(at(path, key), `expected a share from 0 to 100, got ${n}`);
    return n;
  };
  const primary = share('primary');
  const secondary = share('secondary');
  const tertiary = share('tertiary');
  const sum = primary + secondary + tertiary;
  if (Math.abs(sum - 100) > SHARE_TOLERANCE) {
    r.fail(path, `shares sum to ${Number(sum.toFixed(2))}, expected 100 ± ${SHARE_TOLERANCE}`);
  }
  return {
    id: r.id(r.need(o, 'id', path), at(path, 'id')),
    label: r.bilingual(r.need(o, 'label', path), at(path, 'label')),
    year: r.year(r.need(o, 'year', path), at(path, 'year')),
    kind: r.oneOf(r.need(o, 'kind', path), at(path, 'kind'), POINT_KINDS),
    primary,
    secondary,
    tertiary,
    ...r.sourceRef(o, path),
  };
}

function readStructure(r: Reader, o: Json): StructureDataset {
  return withOptional<StructureDataset>(
    {
      type: 'structure',
      id: r.id(o.id, 'id'),
      title: r.bilingual(r.need(o, 'title', ''), 'title'),
      entries: r.items(r.need(o, 'entries', ''), 'entries', (v, p) => readEntry(r, v, p)),
    },
    { notes: r.notes(o, '') },
  );
}

// --- figures ------------------------------------------------------------------------------------

function readFigure(r: Reader, v: unknown, path: string): Figure {
  const o = r.object(v, path, FIGURE_FIELDS);
  return withOptional<Figure>(
    {
      id: r.id(r.need(o, 'id', path), at(path, 'id')),
      label: r.bilingual(r.need(o, 'label', path), at(path, 'label')),
      year: r.year(r.need(o, 'year', path), at(path, 'year')),
      value: r.number(r.need(o, 'value', path), at(path, 'value')),
      unit: r.oneOf(r.need(o, 'unit', path), at(path, 'unit'), UNIT_KINDS),
      kind: r.oneOf(r.need(o, 'kind', path), at(path, 'kind'), POINT_KINDS),
      ...r.sourceRef(o, path),
    },
    {
      bound: r.opt(o, 'bound', path, (b, p) => r.oneOf(b, p, BOUNDS)),
      note: r.opt(o, 'note', path, (n, p) => r.bilingual(n, p)),
    },
  );
}

function readFigures(r: Reader, o: Json): FiguresDataset {
  return withOptional<FiguresDataset>(
    {
      type: 'figures',
      id: r.id(o.id, 'id'),
      title: r.bilingual(r.need(o, 'title', ''), 'title'),
      figures: r.items(r.need(o, 'figures', ''), 'figures', (v, p) => readFigure(r, v, p)),
    },
    { notes: r.notes(o, '') },
  );
}

// --- townships ----------------------------------------------------------------------------------

/** An NBS division code of the given number of digits. */
function readCode(r: Reader, v: unknown, path: string, digits: number): string {
  const s = r.string(v, path);
  if (!new RegExp(`^\\d{${digits}}$`).test(s)) r.fail(path, `expected a ${digits}-digit division code, got ${show(s)}`);
  return s;
}

/** A whole number ≥ 0 (a count, a tile's column or row). */
function readCount(r: Reader, v: unknown, path: string): number {
  const n = r.number(v, path);
  if (!Number.isInteger(n) || n < 0) r.fail(path, `expected a whole number ≥ 0, got ${n}`);
  return n;
}

function readTownship(r: Reader, v: unknown, path: string, area: string): Township {
  const o = r.object(v, path, TOWNSHIP_FIELDS);
  const code = readCode(r, r.need(o, 'code', path), at(path, 'code'), 9);
  if (!code.startsWith(area)) r.fail(at(path, 'code'), `expected a code within the district ${area}, got ${show(code)}`);
  const tilePath = at(path, 'tile');
  const tile = r.object(r.need(o, 'tile', path), tilePath, TILE_FIELDS);
  return {
    code,
    name: r.bilingual(r.need(o, 'name', path), at(path, 'name')),
    short: r.bilingual(r.need(o, 'short', path), at(path, 'short')),
    type: r.oneOf(r.need(o, 'type', path), at(path, 'type'), TOWNSHIP_TYPES),
    villages: readCount(r, r.need(o, 'villages', path), at(path, 'villages')),
    communities: readCount(r, r.need(o, 'communities', path), at(path, 'communities')),
    tile: {
      col: readCount(r, r.need(tile, 'col', tilePath), at(tilePath, 'col')),
      row: readCount(r, r.need(tile, 'row', tilePath), at(tilePath, 'row')),
    },
    ...r.sourceRef(o, path),
  };
}

function readTownships(r: Reader, o: Json): TownshipsDataset {
  const a = r.object(r.need(o, 'area', ''), 'area', AREA_FIELDS);
  const area = { code: readCode(r, r.need(a, 'code', 'area'), 'area.code', 6), ...r.sourceRef(a, 'area') };
  const units = r.array(r.need(o, 'units', ''), 'units').map((u, i) => readTownship(r, u, at('units', i), area.code));
  const codes = new Map<string, number>();
  const cells = new Map<string, number>();
  units.forEach((u, i) => {
    const code = codes.get(u.code);
    if (code !== undefined) r.fail(at(at('units', i), 'code'), `duplicate code "${u.code}" (already used at units[${code}])`);
    codes.set(u.code, i);
    const cell = `${u.tile.col},${u.tile.row}`;
    const other = cells.get(cell);
    if (other !== undefined) r.fail(at(at('units', i), 'tile'), `tile (${cell}) is already taken by units[${other}]`);
    cells.set(cell, i);
  });
  return withOptional<TownshipsDataset>(
    { type: 'townships', id: r.id(o.id, 'id'), title: r.bilingual(r.need(o, 'title', ''), 'title'), area, units },
    { notes: r.notes(o, '') },
  );
}

// --- spatial plan -------------------------------------------------------------------------------

/** A share of a bounding box, from 0 to 1. */
function readShare(r: Reader, v: unknown, path: string): number {
  const n = r.number(v, path);
  if (n < 0 || n > 1) r.fail(path, `expected a share of the outline's bounding box from 0 to 1, got ${n}`);
  return n;
}

function readAt(r: Reader, v: unknown, path: string): { x: number; y: number } {
  const o = r.object(v, path, POINT_AT_FIELDS);
  return { x: readShare(r, r.need(o, 'x', path), at(path, 'x')), y: readShare(r, r.need(o, 'y', path), at(path, 'y')) };
}

function readPlace(r: Reader, v: unknown, path: string): PlanPlace {
  const o = r.object(v, path, PLACE_FIELDS);
  return {
    id: r.id(r.need(o, 'id', path), at(path, 'id')),
    kind: r.oneOf(r.need(o, 'kind', path), at(path, 'kind'), PLACE_KINDS),
    label: r.bilingual(r.need(o, 'label', path), at(path, 'label')),
    at: readAt(r, r.need(o, 'at', path), at(path, 'at')),
  };
}

/** The fields each kind of plan element must carry; any other of at, from, to, areas, places is an error. */
const PLAN_SHAPE: Record<PlanElement['kind'], readonly string[]> = {
  core: ['at'],
  'sub-core': ['at'],
  axis: ['from', 'to'],
  zone: ['areas', 'places'],
};

function readPlanElement(r: Reader, v: unknown, path: string): PlanElement {
  const o = r.object(v, path, PLAN_ELEMENT_FIELDS);
  const kind = r.oneOf(r.need(o, 'kind', path), at(path, 'kind'), PLAN_KINDS);
  for (const key of ['at', 'from', 'to', 'areas', 'places']) {
    const wanted = PLAN_SHAPE[kind].includes(key);
    if (wanted) r.need(o, key, path);
    else if (o[key] !== undefined) r.fail(at(path, key), `not a field of a ${kind} (a ${kind} has ${quoted([...PLAN_SHAPE[kind]])})`);
  }
  const ellipse = (e: unknown, p: string) => {
    const c = r.object(e, p, ELLIPSE_FIELDS);
    return { ...readAt(r, { x: c.x, y: c.y }, p), rx: readShare(r, r.need(c, 'rx', p), at(p, 'rx')), ry: readShare(r, r.need(c, 'ry', p), at(p, 'ry')) };
  };
  return withOptional<PlanElement>(
    {
      id: r.id(r.need(o, 'id', path), at(path, 'id')),
      kind,
      label: r.bilingual(r.need(o, 'label', path), at(path, 'label')),
      detail: r.bilingual(r.need(o, 'detail', path), at(path, 'detail')),
      ...r.sourceRef(o, path),
    },
    {
      at: r.opt(o, 'at', path, (a, p) => readAt(r, a, p)),
      from: r.opt(o, 'from', path, (a, p) => r.id(a, p)),
      to: r.opt(o, 'to', path, (a, p) => r.id(a, p)),
      areas: r.opt(o, 'areas', path, (a, p) => r.array(a, p).map((e, i) => ellipse(e, at(p, i)))),
      places: r.opt(o, 'places', path, (a, p) => r.items(a, p, (e, q) => readPlace(r, e, q))),
    },
  );
}

function readSpatialPlan(r: Reader, o: Json): SpatialPlanDataset {
  const elements = r.items(r.need(o, 'elements', ''), 'elements', (v, p) => readPlanElement(r, v, p));
  const cores = new Set(elements.filter((e) => e.kind === 'core' || e.kind === 'sub-core').map((e) => e.id));
  elements.forEach((e, i) => {
    for (const end of ['from', 'to'] as const) {
      const id = e[end];
      if (id !== undefined && !cores.has(id)) r.fail(at(at('elements', i), end), `unknown core "${id}" (expected one of ${quoted([...cores])})`);
    }
  });
  return withOptional<SpatialPlanDataset>(
    { type: 'spatial-plan', id: r.id(o.id, 'id'), title: r.bilingual(r.need(o, 'title', ''), 'title'), elements },
    { notes: r.notes(o, '') },
  );
}

// --- plan targets -------------------------------------------------------------------------------

function readPlanCell(r: Reader, v: unknown, path: string): PlanCell {
  const o = r.object(v, path, PLAN_CELL_FIELDS);
  const value = r.opt(o, 'value', path, (n, p) => r.number(n, p));
  const text = r.opt(o, 'text', path, (t, p) => r.bilingual(t, p));
  const unpublished = r.opt(o, 'unpublished', path, (b, p) => {
    if (b !== true) r.fail(p, `expected true (the table's "*"), got ${show(b)}`);
    return true as const;
  });
  const given = [value, text, unpublished].filter((x) => x !== undefined).length;
  if (given !== 1) r.fail(path, `expected exactly one of "value", "text" or "unpublished", got ${given === 0 ? 'none' : given}`);
  return withOptional<PlanCell>({ ...r.sourceRef(o, path) }, { value, text, unpublished });
}

function readPlanIndicator(r: Reader, v: unknown, path: string, groups: Set<string>): PlanIndicator {
  const o = r.object(v, path, PLAN_INDICATOR_FIELDS);
  const group = r.id(r.need(o, 'group', path), at(path, 'group'));
  if (!groups.has(group)) r.fail(at(path, 'group'), `unknown group "${group}" (expected one of ${quoted([...groups])})`);
  const cell = (key: string) => r.opt(o, key, path, (c, p) => readPlanCell(r, c, p));
  return withOptional<PlanIndicator>(
    {
      id: r.id(r.need(o, 'id', path), at(path, 'id')),
      group,
      name: r.bilingual(r.need(o, 'name', path), at(path, 'name')),
      unit: r.bilingual(r.need(o, 'unit', path), at(path, 'unit')),
      target: readPlanCell(r, r.need(o, 'target', path), at(path, 'target')),
      attribute: r.oneOf(r.need(o, 'attribute', path), at(path, 'attribute'), PLAN_ATTRIBUTES),
      ...r.sourceRef(o, path),
    },
    {
      format: r.opt(o, 'format', path, (f, p) => r.oneOf(f, p, UNIT_KINDS)),
      measure: r.opt(o, 'measure', path, (m, p) => r.oneOf(m, p, MEASURES)),
      base: cell('base'),
      result: cell('result'),
      note: r.opt(o, 'note', path, (n, p) => r.bilingual(n, p)),
    },
  );
}

function readPlanTargets(r: Reader, o: Json): PlanTargetsDataset {
  const groups = r.items(r.need(o, 'groups', ''), 'groups', (v, p) => {
    const g = r.object(v, p, PLAN_GROUP_FIELDS);
    return { id: r.id(r.need(g, 'id', p), at(p, 'id')), label: r.bilingual(r.need(g, 'label', p), at(p, 'label')) };
  });
  const ids = new Set(groups.map((g) => g.id));
  const baseYear = r.year(r.need(o, 'baseYear', ''), 'baseYear');
  const targetYear = r.year(r.need(o, 'targetYear', ''), 'targetYear');
  if (targetYear <= baseYear) r.fail('targetYear', `expected a year after "baseYear" (${baseYear}), got ${targetYear}`);
  return withOptional<PlanTargetsDataset>(
    {
      type: 'plan-targets',
      id: r.id(o.id, 'id'),
      title: r.bilingual(r.need(o, 'title', ''), 'title'),
      baseYear,
      targetYear,
      groups,
      indicators: r.items(r.need(o, 'indicators', ''), 'indicators', (v, p) => readPlanIndicator(r, v, p, ids)),
    },
    { notes: r.notes(o, '') },
  );
}

// --- datasets and bundle ------------------------------------------------------------------------

const FIELDS_BY_TYPE: Record<Dataset['type'], Record<string, true>> = {
  series: SERIES_DATASET_FIELDS,
  scorecard: SCORECARD_FIELDS,
  structure: STRUCTURE_FIELDS,
  figures: FIGURES_FIELDS,
  townships: TOWNSHIPS_FIELDS,
  'spatial-plan': SPATIAL_PLAN_FIELDS,
  'plan-targets': PLAN_TARGETS_FIELDS,
};

/** The file's base name without directory and `.json`: `data/gdp.json` → `gdp`. */
export function datasetIdOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.json$/, '');
}

/**
 * Validates one dataset file against the types in ./types and returns it typed.
 * `sources` are the validated sources; every `source` field must name one of them.
 */
export function validateDataset(json: unknown, file: string, sources: Record<string, Source>): Dataset {
  const r = new Reader(file, sources);
  const top = r.record(json, '');
  const type = r.need(top, 'type', '');
  if (typeof type !== 'string' || !Object.hasOwn(DATASET_TYPES, type)) {
    r.fail('type', `unknown dataset type ${show(type)} (expected one of ${quoted(list(DATASET_TYPES))})`);
  }
  const kind = type as Dataset['type']; // checked just above
  const o = r.object(json, '', FIELDS_BY_TYPE[kind]);
  const id = r.id(r.need(o, 'id', ''), 'id');
  const expected = datasetIdOf(file);
  if (id !== expected) r.fail('id', `expected the file's base name "${expected}", got ${show(id)}`);
  switch (kind) {
    case 'series':
      return readSeriesDataset(r, o);
    case 'scorecard':
      return readScorecard(r, o);
    case 'structure':
      return readStructure(r, o);
    case 'figures':
      return readFigures(r, o);
    case 'townships':
      return readTownships(r, o);
    case 'spatial-plan':
      return readSpatialPlan(r, o);
    case 'plan-targets':
      return readPlanTargets(r, o);
  }
}

/**
 * Validates a set of files keyed by their path (`{ 'data/sources.json': …, 'data/gdp.json': … }`).
 * The file whose base name is `sources.json` holds the sources; every other file is a dataset,
 * keyed in the result by its id.
 */
export function validateBundle(files: Record<string, unknown>): DataBundle {
  const names = Object.keys(files).sort();
  const sourceFiles = names.filter((f) => datasetIdOf(f) === 'sources');
  const sourcesFile = sourceFiles[0];
  if (sourcesFile === undefined) throw new DataError('data/sources.json', '(root)', 'missing file');
  if (sourceFiles.length > 1) {
    throw new DataError(sourceFiles[1] ?? sourcesFile, '(root)', `more than one sources file (${sourceFiles.join(', ')})`);
  }
  const sources = validateSources(files[sourcesFile], sourcesFile);
  const datasets: Record<string, Dataset> = {};
  const fileOf: Record<string, string> = {};
  for (const file of names) {
    if (file === sourcesFile) continue;
    const dataset = validateDataset(files[file], file, sources);
    const previous = Object.hasOwn(fileOf, dataset.id) ? fileOf[dataset.id] : undefined;
    if (previous !== undefined) throw new DataError(file, 'id', `duplicate dataset id "${dataset.id}" (also in ${previous})`);
    fileOf[dataset.id] = file;
    datasets[dataset.id] = dataset;
  }
  return { sources, datasets };
}
