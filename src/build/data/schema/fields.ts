/**
 * What the data files' schemas share: text, ids, years, numbers, lists, closed objects, bilingual texts, quotes
 * and references to a source. Each schema carries the problem validation reports when a value does not fit
 * (`expected a number, got "587亿"`); ../data-error.ts puts the file and the field's path in front.
 */
import * as z from 'zod';
import { pathOf, quoted, show } from '../data-error.ts';

/** Lowest and highest year a data point may carry. */
export const YEAR_MIN = 1949;
export const YEAR_MAX = 2100;
/** Any number in a data file, whatever its unit: far beyond every figure these documents could hold. */
const MAGNITUDE_MAX = 1e15;

/** The problem of a value that is not what its field holds: `expected a year (…), got 2015.5`. */
export const expected =
  (what: string) =>
  (issue: { input?: unknown }): string =>
    `expected ${what}, got ${show(issue.input)}`;

type Issues = { issues: z.core.$ZodRawIssue[] };

/** Reports a rule that `input`, at `path` from the value the rule checks, breaks. */
export function problem(payload: Issues, path: PropertyKey[], input: unknown, message: string): void {
  payload.issues.push({ code: 'custom', path, input, message });
}

/** Reports each item of `list` (at `path` from the checked value) whose id an earlier item has. */
export function uniqueIds(payload: Issues, list: readonly { id: string }[], path: PropertyKey[]): void {
  const first = new Map<string, number>();
  list.forEach((item, i) => {
    const j = first.get(item.id);
    if (j === undefined) first.set(item.id, i);
    else problem(payload, [...path, i, 'id'], item.id, `duplicate id "${item.id}" (already used at ${pathOf([...path, j, 'id'])})`);
  });
}

const NON_EMPTY = expected('a non-empty string');
/** A string with more than whitespace in it. */
export const text = z.string({ error: NON_EMPTY }).regex(/\S/, { error: NON_EMPTY });
export const id = text.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: expected('a kebab-case id (such as "gdp-2020")') });

const TOO_LARGE = (issue: { input?: unknown }) => `expected a number no larger than ${MAGNITUDE_MAX} either way, got ${show(issue.input)}`;
/** A finite number, and no larger than any figure could be. */
export const number = z
  .number({ error: expected('a number') })
  .min(-MAGNITUDE_MAX, { error: TOO_LARGE })
  .max(MAGNITUDE_MAX, { error: TOO_LARGE });

const YEAR = expected(`a year (an integer from ${YEAR_MIN} to ${YEAR_MAX})`);
export const year = z.int({ error: YEAR }).min(YEAR_MIN, { error: YEAR }).max(YEAR_MAX, { error: YEAR });

export const boolean = z.boolean({ error: expected('true or false') });

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: expected(`one of ${quoted(values)}`) });

/** A list, possibly empty. */
export const list = <T extends z.ZodType>(item: T) => z.array(item, { error: expected('an array') });
/** A list of at least one item. */
export const items = <T extends z.ZodType>(item: T) => list(item).min(1, { error: 'expected at least one item, got an empty array' });

/** An object with these fields and no others. */
export function strict<S extends z.core.$ZodLooseShape>(shape: S) {
  // "$schema" is the editor's pointer to the file's JSON Schema, not data: the message leaves it out.
  const fields = quoted(Object.keys(shape).filter((k) => k !== '$schema'));
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field (expected one of ${fields})` : expected('an object')(issue)),
  });
}

/** `"$schema"`, a data file's first field: the JSON Schema an editor checks the file against. */
export function schemaPointer(name: string) {
  const path = `./schema/${name}.schema.json`;
  return z
    .literal(path, { error: expected(`"${path}"`) })
    .optional()
    .describe('The JSON Schema this file follows (for editors).');
}

/** `"type"`: which dataset type, and so which schema, a file follows. */
export const typeField = <const T extends string>(type: T) => z.literal(type).describe('The dataset’s type: which fields it has.');

export const bilingual = strict({ zh: text.describe('In Chinese.'), en: text.describe('In English.') });

export const notes = list(bilingual).optional().describe('Notes shown with the chart, in both languages.');

export const pointKind = oneOf(['actual', 'estimate', 'target']).describe(
  "actual: a reported result; estimate: an estimate (预计); target: a plan's goal.",
);

export const bound = oneOf(['min', 'max', 'over', 'under']).describe(
  'A value stated as a bound, as the source words it: min ≥ (以上, 不低于), max ≤ (以内, 不超过), over > (突破, 超过), under < (低于).',
);

export const quote = strict({
  zh: text.describe('The source document’s words, verbatim (only whitespace and full-/half-width punctuation may differ).'),
  en: text.describe('An English gloss of zh.'),
  figure: text
    .optional()
    .describe('The figure as zh prints it, when that is not the value written plainly ("7.4" in "7.4 万元" for 74000).'),
}).check((payload) => {
  const { zh, figure } = payload.value;
  if (figure !== undefined && !zh.includes(figure))
    problem(payload, ['figure'], figure, `expected text the quote contains, got ${show(figure)}`);
});

/** The fields of a value that cites its source (SourceRef). */
export const sourceRef = {
  source: id.describe('The id of a source in data/sources.json.'),
  locator: text.describe('Where in the source: table, line, section ("Table 1, line 145").'),
  quote: quote
    .optional()
    .describe('The sentence or table row the value comes from; required when the source is one of the five source documents.'),
};

/** A dataset's id: its file's base name. */
export const datasetId = id.describe('The file’s base name: "gdp" in data/gdp.json.');
export const title = bilingual.describe('The title, in both languages.');
