import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CHART_DEFINITIONS, CHART_FOLDERS } from '../../charts/definitions.ts';
import { CHART_TAGS, CHART_VIEWS, type ChartId } from '../../charts/kit/registry.ts';
import type { DataBundle } from '../../model/types.ts';
import { loadData } from '../story/load-story.ts';
import { chartDataUsed, type ChartData } from '../library/chart-data.ts';

const BUNDLE = '\0kc-lib-bundle';
const CHART = '\0kc-lib-chart:';

/**
 * The library build's data: each chart's chunk carries only the datasets its views read (found at build
 * time, src/build/library/chart-data.ts) and registers them before its element is defined, instead of every chart
 * sharing one chunk with all of data/. The site build keeps src/model/bundle.ts as it is.
 */
export function libraryDataPlugin(root = process.cwd()): Plugin {
  const loadersFile = resolve(root, 'src/charts/loaders.ts');
  const elementOf = (id: ChartId) => resolve(root, 'src/charts', CHART_FOLDERS[id], 'element.ts');
  let wrapped = new Set<string>();
  const bundleFile = resolve(root, 'src/model/bundle.ts');
  let used: Record<string, ChartData> = {};
  let sources: DataBundle['sources'] = {};
  return {
    name: 'kc-library-data',
    enforce: 'pre',
    buildStart() {
      const data = loadData(root);
      sources = data.sources;
      used = {};
      wrapped = new Set();
      for (const id of Object.keys(CHART_TAGS) as ChartId[]) {
        const entry: { tag: string; dataset?: string } = CHART_TAGS[id];
        used[id] = chartDataUsed(CHART_DEFINITIONS[id], CHART_VIEWS[id], data, entry.dataset);
      }
    },
    async resolveId(source, importer, options) {
      if (source === BUNDLE || source.startsWith(CHART)) return source;
      if (!importer || importer.startsWith('\0')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved?.id === bundleFile) return BUNDLE;
      // Each loader imports its chart's data first, then its element: its import resolves to a module that
      // registers the data and re-exports the element (Rollup resolves the import; no source text is read).
      if (importer === loadersFile && resolved) {
        const chart = (Object.keys(CHART_TAGS) as ChartId[]).find((id) => elementOf(id) === resolved.id);
        if (!chart)
          this.error(`src/charts/loaders.ts imports ${source}, the element of no chart in CHART_FOLDERS (src/charts/definitions.ts)`);
        wrapped.add(chart);
        return `${CHART}${chart}`;
      }
      return null;
    },
    load(id) {
      if (id === BUNDLE) {
        return `import { datasetOf } from ${JSON.stringify(resolve(root, 'src/model/lookup.ts'))};
export const bundle = { sources: {}, datasets: {} };
export function registerData(files) {
  for (const [name, json] of Object.entries(files)) {
    if (name === 'sources') Object.assign(bundle.sources, json);
    else bundle.datasets[name] = json;
  }
}
export function getDataset(id, type) {
  return datasetOf(bundle, id, type);
}`;
      }
      if (id.startsWith(CHART)) {
        const chart = id.slice(CHART.length);
        const { datasets = [], sources: cited = [] } = used[chart] ?? {};
        // Datasets as modules (two charts on a page share one); the sources the chart cites, as a literal.
        const imports = datasets.map((name, i) => `import d${i} from ${JSON.stringify(resolve(root, 'data', `${name}.json`))};`);
        const own = Object.fromEntries(cited.map((sid) => [sid, sources[sid]]));
        const map = [`sources: ${JSON.stringify(own)}`, ...datasets.map((name, i) => `${JSON.stringify(name)}: d${i}`)].join(', ');
        return `${imports.join('\n')}
import { registerData } from '${BUNDLE}';
registerData({ ${map} });
export * from ${JSON.stringify(elementOf(chart as ChartId))};`;
      }
      return null;
    },
    buildEnd(error) {
      // A chart whose loader was not wrapped would load without its data, and nothing else would fail.
      if (error) return;
      const missing = (Object.keys(CHART_TAGS) as ChartId[]).filter((id) => !wrapped.has(id));
      if (missing.length)
        this.error(`the library's charts ${missing.join(', ')} would have no data: src/charts/loaders.ts does not load their elements`);
    },
  };
}
