import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Quote } from '../../model/types.ts';
import { sourcedValues } from '../data/quotes.ts';
import { loadData } from '../story/load-story.ts';
import { quoteKey } from '../../elements/receipts/quote-key.ts';

/**
 * Writes the module src/elements/receipts/quotes-data.ts from data/ (in the build only; the file holds none): every quote by source and locator, for the receipts of the
 * charts' data tables. The browser's data leaves quotes out (browser-data-plugin.ts); a chart loads this module,
 * a chunk of its own, the first time a reader opens a row's receipt.
 */
export function quotesModulePlugin(root = process.cwd()): Plugin {
  const file = resolve(root, 'src/elements/receipts/quotes-data.ts');
  return {
    name: 'kc-quotes-module',
    load(id) {
      if (id !== file) return null;
      const index: Record<string, Quote[]> = {};
      for (const { ref } of sourcedValues(loadData(root).datasets)) {
        if (!ref.quote) continue;
        const list = (index[quoteKey(ref.source, ref.locator)] ??= []);
        if (!list.some((q) => q.zh === ref.quote?.zh)) list.push(ref.quote);
      }
      return `export default ${JSON.stringify(index)};`;
    },
  };
}
