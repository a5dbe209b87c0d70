import type { ChartDefinition } from '../../charts/kit/chart-definition.ts';
import type { DataBundle, Lang } from '../../model/types.ts';

/** The size the check draws each view at (which data a view reads does not depend on its size). */
const SIZE = { width: 640, height: 400 };
const LANGS: readonly Lang[] = ['zh', 'en'];

/** The data one chart needs: dataset ids and source ids. */
export interface ChartData {
  datasets: string[];
  sources: string[];
}

/** Every value of a `source` key, at any depth: the sources a dataset's points and figures cite. */
function citedSources(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) citedSources(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'source' && typeof item === 'string') out.add(item);
      else citedSources(item, out);
    }
  }
}

/** Tracks which keys of a record are read; listing its keys counts as reading them all. */
function tracking<T extends object>(target: T, used: Set<string>): T {
  return new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === 'string' && Object.hasOwn(t, key)) used.add(key);
      return Reflect.get(t, key, receiver) as unknown;
    },
    has(t, key) {
      if (typeof key === 'string' && Object.hasOwn(t, key)) used.add(key);
      return Reflect.has(t, key);
    },
    ownKeys(t) {
      for (const key of Object.keys(t)) used.add(key);
      return Reflect.ownKeys(t);
    },
  });
}

/**
 * The datasets and sources a chart reads, found by drawing every view in both languages from a bundle that
 * notes what is asked for, plus every source the chart's text and its datasets cite (a download names them).
 * The library ships each chart with only these, so a page with one chart does not download all of data/.
 */
export function chartDataUsed(chart: ChartDefinition, views: readonly string[], data: DataBundle, dataset?: string): ChartData {
  const datasets = new Set<string>();
  const sources = new Set<string>();
  const tracked: DataBundle = { sources: tracking(data.sources, sources), datasets: tracking(data.datasets, datasets) };
  for (const view of views) {
    for (const lang of LANGS) {
      for (const id of chart.model(tracked, view, SIZE, lang, dataset).text.sourceIds) sources.add(id);
    }
  }
  for (const id of datasets) citedSources(data.datasets[id], sources);
  const known = (ids: Set<string>, record: object): string[] => [...ids].filter((id) => Object.hasOwn(record, id)).sort();
  return { datasets: known(datasets, data.datasets), sources: known(sources, data.sources) };
}
