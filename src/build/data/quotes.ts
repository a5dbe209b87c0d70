/**
 * The quotes that back every sourced value (issue 15): finding the values that cite a source, reading a locator's
 * lines, and comparing a quote with its document as the receipts promise (whitespace and the width of
 * punctuation aside, nothing else).
 */
import type { Dataset, SourceRef } from '../../model/types.ts';

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

/** The five source documents are kept as `NNN_<hash>.txt`; other sources are public datasets or pages. */
export const isSeedDocument = (document: string): boolean => /^\d{3}_[0-9a-f]{16}\.txt$/.test(document);

/** Fields that hold a value next to its source, directly or as `{ value }`. */
const NUMBER_FIELDS = [
  'value', 'planned', 'achieved', 'primary', 'secondary', 'tertiary', 'base2015', 'targetGrowth', 'value2020', 'achievedGrowth',
  'target2020', 'villages', 'communities',
];

const isRef = (v: Record<string, unknown>): boolean => typeof v.source === 'string' && typeof v.locator === 'string';

function numbersOf(o: Record<string, unknown>): number[] {
  const out: number[] = [];
  for (const key of NUMBER_FIELDS) {
    const v = o[key];
    if (typeof v === 'number') out.push(v);
    else if (typeof v === 'object' && v !== null && typeof (v as { value?: unknown }).value === 'number') {
      out.push((v as { value: number }).value);
    }
  }
  return out;
}

/** Every object in the datasets that cites a source, in file order. */
export function sourcedValues(datasets: Record<string, Dataset>): SourcedValue[] {
  const out: SourcedValue[] = [];
  const walk = (v: unknown, file: string, path: string): void => {
    if (Array.isArray(v)) return v.forEach((item, i) => walk(item, file, `${path}[${i}]`));
    if (typeof v !== 'object' || v === null) return;
    const o = v as Record<string, unknown>;
    if (isRef(o)) {
      const where = `data/${file}.json: ${path || '(root)'}`;
      out.push({ file: `data/${file}.json`, path, where, ref: o as unknown as SourceRef, numbers: numbersOf(o) });
    }
    for (const [key, child] of Object.entries(o)) if (key !== 'quote') walk(child, file, path ? `${path}.${key}` : key);
  };
  for (const [id, dataset] of Object.entries(datasets)) walk(dataset, id, '');
  return out;
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
 * Values whose quote does not print them: each number of the object (for a derived value, the numbers it comes
 * from) must stand in the quote as written, unless `figure` says how the quote prints it ("7.4" for 74000).
 */
export function quoteProblems(values: SourcedValue[]): { file: string; path: string; problem: string }[] {
  const problems: { file: string; path: string; problem: string }[] = [];
  for (const { file, path, ref, numbers } of values) {
    if (!ref.quote || ref.quote.figure !== undefined) continue;
    const derived = DERIVED_LOCATOR.exec(ref.locator);
    const stated = derived ? [Number(derived[1]), Number(derived[2])] : numbers;
    const missing = stated.filter((n) => !ref.quote?.zh.includes(String(n)));
    if (missing.length === 0) continue;
    const how = 'give "figure" when it prints the value another way, as "7.4" in "7.4 万元" for 74000';
    problems.push({ file, path: path ? `${path}.quote` : 'quote', problem: `the quote does not print ${missing.join(', ')} (${how})` });
  }
  return problems;
}
