import { datasetOf } from './lookup.ts';
import type { DataBundle, Dataset, Source } from './types.ts';

// Vite inlines every data file; the build plugin has already validated them (src/build/vite/story-plugin.ts),
// so the casts below only restate what validation proved.
const files = import.meta.glob<{ default: unknown }>('../../data/*.json', { eager: true });

function load(): DataBundle {
  const datasets: Record<string, Dataset> = {};
  let sources: Record<string, Source> = {};
  for (const [path, module] of Object.entries(files)) {
    const name = path.replace(/^.*\//, '').replace(/\.json$/, '');
    if (name === 'sources') {
      const list = (module.default as { sources: Source[] }).sources;
      sources = Object.fromEntries(list.map((s) => [s.id, s]));
    } else {
      datasets[name] = module.default as Dataset;
    }
  }
  return { sources, datasets };
}

/** All curated data, as validated at build time. */
export const bundle: DataBundle = load();

/** A dataset of the expected type, or an error naming what is missing. */
export function getDataset<T extends Dataset['type']>(id: string, type: T): Extract<Dataset, { type: T }> {
  return datasetOf(bundle, id, type);
}
