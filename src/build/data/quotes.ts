/**
 * The quotes that back every sourced value (issue 15): finding the values that cite a source, reading a locator's
 * lines, and comparing a quote with its document as the receipts promise (whitespace and the width of
 * punctuation aside, nothing else).
 */
import type { Dataset, SourceRef } from '../../model/types.ts';
import { pathOf } from './data-error.ts';

/** A value that cites its source, where it stands in data/, and the numbers it states. */
export interface SourcedValue {
  /** `data/<file>: <path>`, as validation messages name a field */
  where: string;
  ref: SourceRef;
  numbers: number[];
}

/** The five source documents are kept as `NNN_<hash>.txt`; other sources are public datasets or pages. */
export const isSeedDocument = (document: string): boolean => /^\d{3}_[0-9a-f]{16}\.txt$/.test(document);

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
    sourceRefsIn(dataset).map(({ path, ref }) => ({ where: `data/${id}.json: ${pathOf(path)}`, ref, numbers: numbersOf(ref) })),
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
