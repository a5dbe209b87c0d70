/**
 * What every data file's validation shares: the DataError it throws, the Reader that checks one value
 * at a path, and the vocabularies more than one dataset family uses. The families live in read-*.ts;
 * validate.ts ties them together.
 */
import { isSeedDocument } from './quotes.ts';
import type { Bilingual, Bound, PointKind, Quote, Source, SourceRef, UnitKind } from '../../model/types.ts';

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

/** Lowest and highest year a data point may carry. */
export const YEAR_MIN = 1949;
export const YEAR_MAX = 2100;

// --- enumerations shared by several families (Records keyed by the union, so the compiler keeps them complete)

export const UNIT_KINDS: Record<UnitKind, true> = {
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
/**
 * The values a figure in each unit can take, generously: a county's economy in yuan up to a nation's, shares and
 * rates as their definitions allow. A value outside (1e300, a slipped decimal point in a share) fails the build
 * rather than print as a 300-digit number. Rates of growth (percent) may fall to −100 and rise far above 100.
 */
export const UNIT_RANGES: Record<UnitKind, { min: number; max: number }> = {
  'yi-yuan': { min: -1e6, max: 1e7 },
  'wan-yuan': { min: -1e10, max: 1e11 },
  yuan: { min: -1e14, max: 1e15 },
  'yi-usd': { min: -1e6, max: 1e6 },
  percent: { min: -100, max: 10_000 },
  permille: { min: -1000, max: 100_000 },
  ratio: { min: 0, max: 1e4 },
  count: { min: 0, max: 1e9 },
  'wan-yuan-per-person': { min: -1e3, max: 1e4 },
  share: { min: 0, max: 1 },
  km2: { min: 0, max: 1e7 },
  'wan-people': { min: 0, max: 2e5 },
  times: { min: 0, max: 1e4 },
  places: { min: 0, max: 1e6 },
};
/** Any number in a data file, whatever its unit: far beyond every figure these documents could hold. */
const MAGNITUDE_MAX = 1e15;

export const POINT_KINDS: Record<PointKind, true> = { actual: true, estimate: true, target: true };
export const BOUNDS: Record<Bound, true> = { min: true, max: true, over: true, under: true };

const BILINGUAL_FIELDS: Record<keyof Bilingual, true> = { zh: true, en: true };
const QUOTE_FIELDS: Record<keyof Quote, true> = { zh: true, en: true, figure: true };
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type Json = Record<string, unknown>;

/** How a wrong value is shown in a message. */
export function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'object') return 'an object';
  return String(v);
}

export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

const list = (keys: Record<string, true>): string[] => Object.keys(keys);
export const quoted = (keys: string[]): string => keys.map((k) => `"${k}"`).join(', ');

/** Reads one file; every method takes the value and its path and throws a DataError on failure. */
export class Reader {
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
    if (Math.abs(v) > MAGNITUDE_MAX) this.fail(path, `expected a number no larger than ${MAGNITUDE_MAX} either way, got ${v}`);
    return v;
  }

  /** A number already read, within what its unit allows (UNIT_RANGES). */
  inUnit(value: number, path: string, unit: UnitKind): number {
    const { min, max } = UNIT_RANGES[unit];
    if (value < min || value > max) this.fail(path, `expected a value in ${unit} from ${min} to ${max}, got ${value}`);
    return value;
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
    const quote = this.opt(o, 'quote', path, (v, p) => this.quote(v, p));
    // A value from one of the source documents shows the reader the document's own words (its receipt).
    if (!quote && isSeedDocument(this.sources?.[source]?.document ?? '')) {
      this.fail(at(path, 'quote'), `missing required field: a value from ${source} quotes the line it stands on`);
    }
    return withOptional<SourceRef>({ source, locator }, { quote });
  }

  /** A quote: verbatim Chinese, an English gloss, and the figure as printed when the value's digits are not. */
  quote(v: unknown, path: string): Quote {
    const o = this.object(v, path, QUOTE_FIELDS);
    const zh = this.string(this.need(o, 'zh', path), at(path, 'zh'));
    const figure = this.opt(o, 'figure', path, (f, p) => {
      const s = this.string(f, p);
      if (!zh.includes(s)) this.fail(p, `expected text the quote contains, got ${show(s)}`);
      return s;
    });
    return withOptional<Quote>({ zh, en: this.string(this.need(o, 'en', path), at(path, 'en')) }, { figure });
  }

  notes(o: Json, path: string): Bilingual[] | undefined {
    return this.opt(o, 'notes', path, (v, p) => this.array(v, p, false).map((n, i) => this.bilingual(n, at(p, i))));
  }
}

/** Copies the optional properties that are defined, so the result carries no `undefined` keys. */
export function withOptional<T extends object>(base: T, optional: Partial<T>): T {
  const out = { ...base };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
