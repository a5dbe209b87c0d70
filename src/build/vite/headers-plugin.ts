import type { Plugin } from 'vite';
import { headersFile } from '../publish/headers.ts';

/** Writes `_headers` at the site's root: the policy and CORS a host should send (src/build/publish/headers.ts). */
export function headersPlugin(): Plugin {
  return {
    name: 'kc-headers',
    apply: 'build',
    // After the other plugins have added their pages (handouts, embed pages), so each page gets its caching rule.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const pages = Object.keys(bundle).filter((file) => file.endsWith('.html'));
        this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(pages) });
      },
    },
  };
}
