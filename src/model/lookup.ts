import type { DataBundle, Dataset } from './types.ts';

/** A dataset of the expected type from a bundle, or an error naming what is missing. */
export function datasetOf<T extends Dataset['type']>(data: DataBundle, id: string, type: T): Extract<Dataset, { type: T }> {
  const dataset = data.datasets[id];
  if (!dataset) throw new Error(`unknown dataset "${id}"`);
  if (dataset.type !== type) throw new Error(`dataset "${id}" is of type ${dataset.type}, not ${type}`);
  return dataset as Extract<Dataset, { type: T }>;
}
