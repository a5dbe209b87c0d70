import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CHART_VIEWS } from '../../charts/kit/catalogue.ts';

const VIEW_NAMES = '\0kc-view-names';

/**
 * Gives src/charts/kit/chart-problem.ts the names of every chart's views as a literal, read from the catalogue
 * when the build starts, instead of importing the catalogue (and with it every chart's view configuration
 * and phrases) into each chart's chunk and the embed page's first script. Other importers of the catalogue
 * are left alone. (The dev server reads the names once: restart it after adding a view.)
 */
export function viewNamesPlugin(root = process.cwd()): Plugin {
  const catalogueFile = resolve(root, 'src/charts/kit/catalogue.ts');
  const problemFile = resolve(root, 'src/charts/kit/chart-problem.ts');
  return {
    name: 'kc-view-names',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source === VIEW_NAMES) return source;
      if (importer !== problemFile) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === catalogueFile ? VIEW_NAMES : null;
    },
    load(id) {
      return id === VIEW_NAMES ? `export const CHART_VIEWS = ${JSON.stringify(CHART_VIEWS)};` : null;
    },
  };
}
