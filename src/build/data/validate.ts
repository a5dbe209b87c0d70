/**
 * Schema validation for the curated data in data/*.json.
 *
 * Pure TypeScript, no dependencies, no DOM. Each check either returns a clean, typed copy of
 * the value (unknown fields are rejected, so a typo such as "bounds" never passes silently)
 * or throws a DataError naming the file and the path of the offending field:
 *
 *   data/gdp.json: series[0].points[3].value: expected a number, got "587亿"
 *
 * This module is the entry point: it picks the reader for a dataset's type (read-*.ts, one per
 * family) and validates a whole bundle; reader.ts holds what they share.
 */
import type { DataBundle, Dataset, Source } from '../../model/types.ts';
import { FIGURES_FIELDS, readFigures } from './read-figures.ts';
import { PLAN_TARGETS_FIELDS, readPlanTargets } from './read-plan-targets.ts';
import { readScorecard, SCORECARD_FIELDS } from './read-scorecard.ts';
import { readSeriesDataset, SERIES_DATASET_FIELDS } from './read-series.ts';
import { validateSources } from './read-sources.ts';
import { readSpatialPlan, SPATIAL_PLAN_FIELDS } from './read-spatial-plan.ts';
import { readStructure, STRUCTURE_FIELDS } from './read-structure.ts';
import { readTownships, TOWNSHIPS_FIELDS } from './read-townships.ts';
import { DataError, quoted, Reader, show, type Json } from './reader.ts';

export { DataError, YEAR_MAX, YEAR_MIN } from './reader.ts';
export { validateSources } from './read-sources.ts';
export { SHARE_TOLERANCE } from './read-structure.ts';

/** Each dataset type's top-level fields and its reader (keyed by the union, so the compiler keeps it complete). */
const FAMILIES: Record<Dataset['type'], { fields: Record<string, true>; read: (r: Reader, o: Json) => Dataset }> = {
  series: { fields: SERIES_DATASET_FIELDS, read: readSeriesDataset },
  scorecard: { fields: SCORECARD_FIELDS, read: readScorecard },
  structure: { fields: STRUCTURE_FIELDS, read: readStructure },
  figures: { fields: FIGURES_FIELDS, read: readFigures },
  townships: { fields: TOWNSHIPS_FIELDS, read: readTownships },
  'spatial-plan': { fields: SPATIAL_PLAN_FIELDS, read: readSpatialPlan },
  'plan-targets': { fields: PLAN_TARGETS_FIELDS, read: readPlanTargets },
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
  if (typeof type !== 'string' || !Object.hasOwn(FAMILIES, type)) {
    r.fail('type', `unknown dataset type ${show(type)} (expected one of ${quoted(Object.keys(FAMILIES))})`);
  }
  const kind = type as Dataset['type']; // checked just above
  const o = r.object(json, '', FAMILIES[kind].fields);
  const id = r.id(r.need(o, 'id', ''), 'id');
  const expected = datasetIdOf(file);
  if (id !== expected) r.fail('id', `expected the file's base name "${expected}", got ${show(id)}`);
  return FAMILIES[kind].read(r, o);
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
