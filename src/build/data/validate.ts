/**
 * Validation of the curated data in data/*.json, at build time. Each file is parsed with its zod schema
 * (./schema/), which rejects unknown fields (so a typo such as "bounds" never passes silently) and returns a
 * clean, typed copy; a problem throws a DataError naming the file and the path of the field:
 *
 *   data/gdp.json: series[0].points[3].value: expected a number, got "587亿"
 *
 * A schema checks everything within its file; the rules that need more than the file (its id is its name,
 * each source it cites is in data/sources.json, a value from a source document quotes it) are checked here.
 */
import * as z from 'zod';
import type { DataBundle, Dataset, Source } from '../../model/types.ts';
import { DataError, dataErrorOf, pathOf, quoted, show } from './data-error.ts';
import { isSeedDocument, quoteProblem, sourceRefsIn } from './quotes.ts';
import { expected } from './schema/fields.ts';
import { DATASET_FILES, type DatasetFile } from './schema/files.ts';
import { sourcesFile } from './schema/sources.ts';

export { DataError } from './data-error.ts';
export { YEAR_MAX, YEAR_MIN } from './schema/fields.ts';
export { SHARE_TOLERANCE } from './schema/structure.ts';
export { UNIT_RANGES } from './schema/units.ts';

const DATASET_TYPES = Object.keys(DATASET_FILES) as [Dataset['type'], ...Dataset['type'][]]; // the keys of a Record<Dataset['type'], …>

/** The field that says which schema a dataset follows. */
const datasetType = z.looseObject(
  {
    type: z.enum(DATASET_TYPES, {
      error: (issue) => `unknown dataset type ${show(issue.input)} (expected one of ${quoted(DATASET_TYPES)})`,
    }),
  },
  { error: expected('an object') },
);

/** Parses `json` with `schema`, or throws the first problem as a DataError. */
function parse<T>(schema: z.ZodType<T>, json: unknown, file: string): T {
  const result = schema.safeParse(json);
  if (!result.success) throw dataErrorOf(file, json, result.error.issues);
  return result.data;
}

/** The data without the editor's `$schema`. */
function withoutPointer<T extends { $schema?: string }>(parsed: T): T {
  const data = { ...parsed };
  delete data.$schema;
  return data;
}

/** The file's base name without directory and `.json`: `data/gdp.json` → `gdp`. */
export function datasetIdOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.json$/, '');
}

/** Each value's source is one of `sources`; a value from one of the five source documents quotes it; a quote prints its value. */
function checkSources(dataset: Dataset, file: string, sources: Record<string, Source>): void {
  for (const { path, ref } of sourceRefsIn(dataset)) {
    const source = Object.hasOwn(sources, ref.source) ? sources[ref.source] : undefined;
    if (source === undefined) {
      throw new DataError(file, pathOf([...path, 'source']), `unknown source "${ref.source}" (not in data/sources.json)`);
    }
    if (ref.quote === undefined && isSeedDocument(source.document)) {
      throw new DataError(
        file,
        pathOf([...path, 'quote']),
        `missing required field: a value from ${ref.source} quotes the line it stands on`,
      );
    }
    // A figure revised and its quote not: the receipt would show a sentence that does not say it.
    const problem = quoteProblem(ref);
    if (problem) throw new DataError(file, pathOf([...path, 'quote']), problem);
  }
}

/**
 * Validates one dataset file against the schema of its type and returns it typed.
 * `sources` are the validated sources; every `source` field must name one of them.
 */
export function validateDataset(json: unknown, file: string, sources: Record<string, Source>): Dataset {
  const { type } = parse(datasetType, json, file);
  const schema: z.ZodType<DatasetFile> = DATASET_FILES[type];
  const dataset: Dataset = withoutPointer(parse(schema, json, file));
  const expected = datasetIdOf(file);
  if (dataset.id !== expected) throw new DataError(file, 'id', `expected the file's base name "${expected}", got ${show(dataset.id)}`);
  checkSources(dataset, file, sources);
  return dataset;
}

/** Validates data/sources.json (`{ "sources": [...] }`) and returns the sources by id. */
export function validateSources(json: unknown, file: string): Record<string, Source> {
  return Object.fromEntries(parse(sourcesFile, json, file).sources.map((s) => [s.id, s]));
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
