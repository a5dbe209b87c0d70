/**
 * Every data file's schema, named as its JSON Schema is (data/schema/<name>.schema.json): the sources, and one per
 * dataset type.
 *
 * The data's types stay in src/model/types.ts, written out: browser code reads them, and nothing there may import
 * zod or src/build (.dependency-cruiser.cjs). The assertions below fail the type check when a schema and its
 * type differ in any field, so neither can change without the other.
 */
import type * as z from 'zod';
import type {
  Dataset,
  FiguresDataset,
  PlanTargetsDataset,
  ScorecardDataset,
  SeriesDataset,
  Source,
  SpatialPlanDataset,
  StructureDataset,
  TownshipsDataset,
} from '../../../model/types.ts';
import { figuresFile } from './figures.ts';
import { planTargetsFile } from './plan-targets.ts';
import { scorecardFile } from './scorecard.ts';
import { seriesFile } from './series.ts';
import { sourcesFile } from './sources.ts';
import { spatialPlanFile } from './spatial-plan.ts';
import { structureFile } from './structure.ts';
import { townshipsFile } from './townships.ts';

export const DATASET_FILES = {
  series: seriesFile,
  scorecard: scorecardFile,
  structure: structureFile,
  figures: figuresFile,
  townships: townshipsFile,
  'spatial-plan': spatialPlanFile,
  'plan-targets': planTargetsFile,
} as const satisfies Record<Dataset['type'], z.ZodType>;

export const DATA_FILES = { sources: sourcesFile, ...DATASET_FILES } as const;

/** A dataset file as its schema returns it. */
export type DatasetFile = z.output<(typeof DATASET_FILES)[Dataset['type']]>;

/** What a file holds once validated: its data, without the editor's `$schema`. */
export type DataOf<S extends z.ZodType> = Omit<z.output<S>, '$schema'>;

// --- the schemas describe the model's types exactly

/** Objects compared field by field, however they were declared (interface, intersection, mapped type). */
type Flat<T> = T extends object ? { [K in keyof T]: Flat<T[K]> } : T;
/** True when A and B are the same type: the same fields, optional or not, of the same types. */
type Same<A, B> = (<T>() => T extends Flat<A> ? 1 : 2) extends <T>() => T extends Flat<B> ? 1 : 2 ? true : false;
type Assert<T extends true> = T;

export type SchemasMatchTypes = [
  Assert<Same<z.output<typeof sourcesFile>['sources'][number], Source>>,
  Assert<Same<DataOf<typeof seriesFile>, SeriesDataset>>,
  Assert<Same<DataOf<typeof scorecardFile>, ScorecardDataset>>,
  Assert<Same<DataOf<typeof structureFile>, StructureDataset>>,
  Assert<Same<DataOf<typeof figuresFile>, FiguresDataset>>,
  Assert<Same<DataOf<typeof townshipsFile>, TownshipsDataset>>,
  Assert<Same<DataOf<typeof spatialPlanFile>, SpatialPlanDataset>>,
  Assert<Same<DataOf<typeof planTargetsFile>, PlanTargetsDataset>>,
];
