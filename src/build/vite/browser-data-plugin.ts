import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/** Fields of data/ that only the build reads: a value's quote goes to the page as its receipt, not into scripts. */
const BUILD_ONLY_FIELDS = new Set(['quote', '$schema']);

function withoutBuildOnly(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutBuildOnly);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !BUILD_ONLY_FIELDS.has(key))
      .map(([key, v]) => [key, withoutBuildOnly(v)]),
  );
}

/**
 * The browser's copy of data/ (the story's bundle and each chart's data in the library) leaves out the quotes:
 * the story page carries every figure's quote in its receipts' notes, written by the build, so no chart or
 * script pays for them.
 */
export function browserDataPlugin(root = process.cwd()): Plugin {
  const dataDir = resolve(root, 'data') + sep;
  return {
    name: 'kc-browser-data',
    enforce: 'pre',
    transform(code, id) {
      if (!id.startsWith(dataDir) || !id.endsWith('.json') || id.startsWith(resolve(dataDir, 'geo') + sep)) return null;
      return { code: JSON.stringify(withoutBuildOnly(JSON.parse(code))), map: null };
    },
  };
}
