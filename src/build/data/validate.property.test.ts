/**
 * Property tests of data validation: whatever a data file holds, validation throws nothing but a
 * DataError, and the error names the file that is wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DataError, validateBundle, validateDataset, validateSources } from './validate.ts';

const DATA_DIR = resolve(import.meta.dirname, '../../../data');
const real: Record<string, unknown> = Object.fromEntries(
  readdirSync(DATA_DIR)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => [`data/${n}`, JSON.parse(readFileSync(join(DATA_DIR, n), 'utf8')) as unknown]),
);
const sources = validateSources(real['data/sources.json'], 'data/sources.json');
const FILES = Object.keys(real);

type Key = string | number;

/** Every path to a value inside `json`, the root excluded: [['series'], ['series', 0], …]. */
function pathsOf(json: unknown, prefix: Key[] = []): Key[][] {
  if (Array.isArray(json)) return json.flatMap((v, i) => [[...prefix, i], ...pathsOf(v, [...prefix, i])]);
  if (typeof json === 'object' && json !== null) {
    return Object.entries(json).flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
  }
  return [];
}
const PATHS: Record<string, Key[][]> = Object.fromEntries(FILES.map((f) => [f, pathsOf(real[f])]));

type Mutation = { op: 'delete' } | { op: 'replace'; value: unknown } | { op: 'rename'; key: string };

/** A copy of `json` with the value at `path` deleted, replaced, or moved under another key. */
function mutate(json: unknown, path: Key[], m: Mutation): unknown {
  const copy = structuredClone(json);
  const parent = path.slice(0, -1).reduce<unknown>((node, k) => (node as Record<Key, unknown>)[k], copy) as Record<Key, unknown>;
  const last = path[path.length - 1] as Key;
  if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (m.op === 'replace') {
    parent[last] = m.value;
  } else if (!Array.isArray(parent)) {
    // defineProperty, so that a "__proto__" key is an own field, as JSON.parse makes it.
    Object.defineProperty(parent, m.key, { value: parent[last], enumerable: true, writable: true, configurable: true });
    if (m.key !== last) delete parent[last];
  }
  return copy;
}

/** Values a field may wrongly hold: any JSON, and the strings that are also names of Object.prototype. */
const wrongValue = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom('constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', '', ' ', '587亿', -1, 0, 1e308, 2101, 1948, 2020.5, true, null, [], {}) },
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ op: 'delete' }),
  wrongValue.map((value): Mutation => ({ op: 'replace', value })),
  fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'bounds', 'Value', 'id'), fc.string({ maxLength: 8 }))
    .map((key): Mutation => ({ op: 'rename', key })),
);

function onlyDataError(fn: () => void): DataError | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  return undefined;
}

describe('data validation on arbitrary input (fast-check)', () => {
  it('the real files are valid, so every failure below is the mutation\'s', () => {
    expect(() => validateBundle(real)).not.toThrow();
  });

  it('validateDataset throws nothing but a DataError for any JSON text', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) => {
        const error = onlyDataError(() => validateDataset(JSON.parse(text), 'data/gdp.json', sources));
        if (error && error.file !== 'data/gdp.json') throw new Error(`wrong file in: ${error.message}`);
      }),
      { numRuns: 1000 },
    );
  });

  it('validateDataset, validateSources and validateBundle throw nothing but a DataError for any value', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3, withNullPrototype: true, withSparseArray: true }), (value) => {
        onlyDataError(() => validateDataset(value, 'data/gdp.json', sources));
        onlyDataError(() => validateSources(value, 'data/sources.json'));
        onlyDataError(() => validateBundle({ 'data/sources.json': value }));
        onlyDataError(() => validateBundle({ ...real, 'data/gdp.json': value }));
      }),
      { numRuns: 500 },
    );
  });

  it('datasets with the right type and id but anything inside throw nothing but a DataError', { timeout: 30_000 }, () => {
    const body = fc.dictionary(
      fc.oneof(fc.constantFrom('title', 'unit', 'series', 'breaks', 'notes', 'categories', 'indicators', 'entries', 'figures'), fc.string({ maxLength: 5 })),
      fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.array(fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 })), { maxLength: 3 })),
      { maxKeys: 5 },
    );
    fc.assert(
      fc.property(fc.constantFrom('series', 'scorecard', 'structure', 'figures'), body, (type, rest) => {
        onlyDataError(() => validateDataset({ ...rest, type, id: 'gdp' }, 'data/gdp.json', sources));
      }),
      { numRuns: 800 },
    );
  });

  it('a mutation of a real file fails, if at all, with a DataError naming that file', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...FILES), fc.nat(), mutation, (file, n, m) => {
        const paths = PATHS[file] ?? [];
        const path = paths[n % paths.length];
        if (!path) return;
        // Only the sources and the changed file: the other files cannot fail, and leaving them out keeps this fast.
        const files = file === 'data/sources.json'
          ? { ...real, [file]: mutate(real[file], path, m) }
          : { 'data/sources.json': real['data/sources.json'], [file]: mutate(real[file], path, m) };
        const error = onlyDataError(() => validateBundle(files));
        // Removing or renaming a source may fail the first file that cites it; any other change fails its own file.
        if (error && file !== 'data/sources.json' && error.file !== file) {
          throw new Error(`changed ${file} at ${path.join('.')}, but the error names another file: ${error.message}`);
        }
        if (error && !error.message.startsWith(`${error.file}: ${error.path}: `)) throw new Error(`bad message: ${error.message}`);
      }),
      { numRuns: 700 },
    );
  });
});

describe('names inherited from Object.prototype are neither fields nor values', () => {
  const gdp = real['data/gdp.json'] as Record<string, unknown>;
  const withGdp = (changed: unknown) => () => validateBundle({ ...real, 'data/gdp.json': changed });

  it.each([
    ['unit', ['unit'], 'constructor'],
    ['unit', ['unit'], 'toString'],
    ['type', ['type'], 'hasOwnProperty'],
    ['kind', ['series', 0, 'points', 0, 'kind'], 'valueOf'],
    ['bound', ['series', 0, 'points', 0, 'bound'], '__proto__'],
  ] as [string, Key[], string][])('%s "%s"… is refused', (_name, path, value) => {
    const where = path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${k}`)).join('');
    expect(withGdp(mutate(gdp, path, { op: 'replace', value }))).toThrow(DataError);
    expect(withGdp(mutate(gdp, path, { op: 'replace', value }))).toThrow(`data/gdp.json: ${where}: `);
  });

  it('a "__proto__" or "constructor" key is an unknown field', () => {
    for (const key of ['__proto__', 'constructor', 'toString']) {
      const changed = mutate(gdp, ['title'], { op: 'replace', value: JSON.parse(`{"zh": "a", "en": "b", "${key}": "c"}`) });
      expect(withGdp(changed)).toThrow(`data/gdp.json: title.${key}: unknown field (expected one of "zh", "en")`);
    }
  });

  it('a dataset may be called "constructor"', () => {
    const figures = real['data/place.json'] as Record<string, unknown>;
    const bundle = validateBundle({ ...real, 'data/constructor.json': { ...figures, id: 'constructor' } });
    expect(Object.hasOwn(bundle.datasets, 'constructor')).toBe(true);
  });
});
