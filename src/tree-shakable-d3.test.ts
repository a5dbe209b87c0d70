import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/**
 * The d3 modules the browser code imports are pinned (package.json, "dependencies" and "overrides") to the last
 * releases published as one ES file per function. Their next patch releases (d3-array 3.2.5, d3-geo 3.1.2,
 * d3-path 3.1.1, d3-shape 3.2.1) ship a single bundled file that the bundler cannot tree-shake (curve factories
 * called at its top level): that put the whole of d3-shape into every line chart, +2.5 KB gzip for the GDP
 * chart. An upgrade that brings the bundled file back fails here, before the byte budget notices.
 */
const require = createRequire(import.meta.url);

describe('d3 modules shipped to the browser', () => {
  for (const name of ['d3-array', 'd3-geo', 'd3-path', 'd3-shape']) {
    it(`${name} resolves to its per-function ES sources`, () => {
      expect(require.resolve(name).replaceAll('\\', '/')).toMatch(new RegExp(`/${name}/src/index\\.js$`));
    });
  }
});
