import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CHART_VIEWS } from '../../charts/kit/catalogue.ts';
import { CHART_DEFINITIONS } from '../../charts/definitions.ts';
import { CHART_TAGS, type ChartId } from '../../charts/kit/registry.ts';
import type { DataBundle } from '../../model/types.ts';
import { loadData } from '../story/load-story.ts';
import { chartDataUsed, type ChartData } from '../library/chart-data.ts';

const BUNDLE = '\0kc-lib-bundle';
const CHART = '\0kc-lib-chart:';

/** Each chart id's element module, as src/charts/kit/chart-elements.ts loads it: { gdp: '../line/element.ts', … }. */
export function elementModules(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, id, rel] of source.matchAll(/(\w+): \(\) => import\('(\.\.?\/[^']+)'\)/g)) out[id!] = rel!;
  return out;
}

/**
 * The library build's data: each chart's chunk carries only the datasets its views read (found at build
 * time, src/build/library/chart-data.ts) and registers them before its element is defined, instead of every chart
 * sharing one chunk with all of data/. The site build keeps src/model/bundle.ts as it is.
 */
export function libraryDataPlugin(root = process.cwd()): Plugin {
  const elementsFile = resolve(root, 'src/charts/kit/chart-elements.ts');
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
      for (const id of Object.keys(CHART_TAGS) as ChartId[]) {
        const entry: { tag: string; dataset?: string } = CHART_TAGS[id];
        used[id] = chartDataUsed(CHART_DEFINITIONS[id], CHART_VIEWS[id], data, entry.dataset);
      }
    },
    async resolveId(source, importer, options) {
      if (source === BUNDLE || source.startsWith(CHART)) return source;
      if (!importer || importer.startsWith('\0')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === bundleFile ? BUNDLE : null;
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
        const element = elementModules(readFileSync(elementsFile, 'utf8'))[chart];
        if (!element) this.error(`src/charts/kit/chart-elements.ts has no loader for chart "${chart}"`);
        const { datasets = [], sources: cited = [] } = used[chart] ?? {};
        // Datasets as modules (two charts on a page share one); the sources the chart cites, as a literal.
        const imports = datasets.map((name, i) => `import d${i} from ${JSON.stringify(resolve(root, 'data', `${name}.json`))};`);
        const own = Object.fromEntries(cited.map((sid) => [sid, sources[sid]]));
        const map = [`sources: ${JSON.stringify(own)}`, ...datasets.map((name, i) => `${JSON.stringify(name)}: d${i}`)].join(', ');
        return `${imports.join('\n')}
import { registerData } from '${BUNDLE}';
registerData({ ${map} });
export * from ${JSON.stringify(resolve(dirname(elementsFile), element))};`;
      }
      return null;
    },
    transform(code, id) {
      if (id !== elementsFile) return null;
      // Each loader imports its chart's data first, then its element. If no loader matched, the charts would
      // load without their data and nothing else would fail, so the build stops here.
      let loaders = 0;
      const out = code.replace(/(\w+): \(\) => import\('\.\.?\/[^']+'\)/g, (_whole, chart: string) => {
        loaders++;
        return `${chart}: () => import('${CHART}${chart}')`;
      });
      if (loaders === 0) this.error(`${id}: no chart loader matched; the library's charts would have no data`);
      return out;
    },
  };
}
