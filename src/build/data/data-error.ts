/**
 * A problem in a data file, `${file}: ${path}: ${problem}`, and how messages name a field and show a value.
 * `dataErrorOf` turns what the schemas (./schema/) found into that message.
 */
import type * as z from 'zod';

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

/** How a wrong value is shown in a message. */
export function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'object') return 'an object';
  return String(v);
}

export const quoted = (keys: readonly string[]): string => keys.map((k) => `"${k}"`).join(', ');

/** `['series', 0, 'points', 3, 'value']` → `series[0].points[3].value`; the empty path is `(root)`. */
export function pathOf(keys: readonly PropertyKey[]): string {
  const path = keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');
  return path === '' ? '(root)' : path;
}

/** Whether `path` names a field its object in `input` does not have. */
function isAbsent(input: unknown, path: readonly PropertyKey[]): boolean {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return false;
  let node = input;
  for (const k of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, k)) return false;
    node = (node as Record<PropertyKey, unknown>)[k];
  }
  return typeof node === 'object' && node !== null && !Array.isArray(node) && !Object.hasOwn(node, key);
}

const isPrefix = (prefix: readonly PropertyKey[], path: readonly PropertyKey[]): boolean => prefix.every((k, i) => path[i] === k);

/**
 * The first problem zod found in `input`, as a DataError. The schemas write each problem's wording; here an unknown
 * field's name joins its path, and any problem with a field the file leaves out reads `missing required field`.
 */
export function dataErrorOf(file: string, input: unknown, issues: readonly z.core.$ZodIssue[]): DataError {
  const first = issues[0];
  if (first === undefined) return new DataError(file, '(root)', 'not valid'); // zod reports a failure with its issues
  // An object's unknown field comes before the problems inside that object: a misspelt key also leaves its right
  // spelling missing, and the misspelling is what to fix.
  const unknown = issues.find((i) => i.code === 'unrecognized_keys' && isPrefix(i.path, first.path));
  if (unknown?.code === 'unrecognized_keys') return new DataError(file, pathOf([...unknown.path, unknown.keys[0] ?? '']), unknown.message);
  return new DataError(file, pathOf(first.path), isAbsent(input, first.path) ? 'missing required field' : first.message);
}
