/**
 * The quotes that back every sourced value (issue 15): finding the values that cite a source, reading a locator's
 * lines, and comparing a quote with its document as the receipts promise (whitespace and the width of
 * punctuation aside, nothing else).
 */
import type { Dataset, SourceRef } from '../../model/types.ts';
import { pathOf } from './data-error.ts';

/** A value that cites its source, where it stands in data/, and the numbers it states. */
export interface SourcedValue {
  /** `data/<file>.json` */
  file: string;
  /** the path of the object in the file, as validation messages name a field (`series[0].points[1]`) */
  path: string;
  /** `data/<file>.json: <path>` */
  where: string;
  ref: SourceRef;
  numbers: number[];
}

export { isSeedDocument } from '../../model/source-document.ts';

/** Fields that hold a value next to its source, directly or as `{ value }`. */
const NUMBER_FIELDS = [
  'value', 'planned', 'achieved', 'primary', 'secondary', 'tertiary', 'base2015', 'targetGrowth', 'value2020', 'achievedGrowth',
  'target2020', 'villages', 'communities',
];

const isRef = (v: Record<string, unknown>): boolean => typeof v.source === 'string' && typeof v.locator === 'string';

function numbersOf(ref: SourceRef): number[] {
  const out: number[] = [];
  for (const key of NUMBER_FIELDS) {
    const v = (ref as unknown as Record<string, unknown>)[key]; // the fields of whatever object cites the source
    if (typeof v === 'number') out.push(v);
    else if (typeof v === 'object' && v !== null && typeof (v as { value?: unknown }).value === 'number') {
      out.push((v as { value: number }).value);
    }
  }
  return out;
}

/** Every object in `value` that cites a source, with its path from `value`, in file order. */
export function sourceRefsIn(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; ref: SourceRef }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => sourceRefsIn(item, [...path, i]));
  if (typeof value !== 'object' || value === null) return [];
  const o = value as Record<string, unknown>;
  const own = isRef(o) ? [{ path, ref: o as unknown as SourceRef }] : [];
  return [...own, ...Object.entries(o).flatMap(([key, child]) => (key === 'quote' ? [] : sourceRefsIn(child, [...path, key])))];
}

/** Every object in the datasets that cites a source, in file order. */
export function sourcedValues(datasets: Record<string, Dataset>): SourcedValue[] {
  return Object.entries(datasets).flatMap(([id, dataset]) =>
    sourceRefsIn(dataset).map(({ path, ref }) => {
      const file = `data/${id}.json`;
      return { file, path: pathOf(path), where: `${file}: ${pathOf(path)}`, ref, numbers: numbersOf(ref) };
    }),
  );
}

/** The first and last line a locator names ("line 51", "Table 1, lines 243–245"), or undefined. */
export function quoteLines(locator: string): [number, number] | undefined {
  const m = /\blines? (\d+)(?:[–-](\d+))?/.exec(locator);
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2] ?? m[1])];
}

/** Text as a quote is compared: compatibility forms folded (，→, （→( ０→0), whitespace removed. */
export const normalizeQuote = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');

/** A value the data derives from the source's figures: its locator says how (`derived: 52862/28138, …`). */
export const DERIVED_LOCATOR = /^derived: ([\d.]+)\s*\/\s*([\d.]+)/;

/**
 * What is wrong with a value's quote, if anything: each number of the object (for a derived value, the numbers it
 * comes from) must stand in the quote as written, unless `figure` says how the quote prints it ("7.4" for 74000).
 */
export function quoteProblem(ref: SourceRef): string | undefined {
  if (!ref.quote || ref.quote.figure !== undefined) return undefined;
  const derived = DERIVED_LOCATOR.exec(ref.locator);
  const stated = derived ? [Number(derived[1]), Number(derived[2])] : numbersOf(ref);
  const missing = stated.filter((n) => !ref.quote?.zh.includes(String(n)));
  if (missing.length === 0) return undefined;
  return `the quote does not print ${missing.join(', ')} (give "figure" when it prints the value another way, as "7.4" in "7.4 万元" for 74000)`;
}

/** The values whose quote does not print them, with the field to name. */
export function quoteProblems(values: SourcedValue[]): { file: string; path: string; problem: string }[] {
  return values.flatMap(({ file, path, ref }) => {
    const problem = quoteProblem(ref);
    return problem ? [{ file, path: path === '(root)' ? 'quote' : `${path}.quote`, problem }] : [];
  });
}
