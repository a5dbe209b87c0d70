import type { Plugin } from 'vite';
import { headersFile } from '../publish/headers.ts';

/** Writes `_headers` at the site's root: the policy and CORS a host should send (src/build/publish/headers.ts). */
export function headersPlugin(): Plugin {
  return {
    name: 'kc-headers',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}
