import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { headersFor, parseHeadersFile } from '../publish/headers.ts';

/**
 * `npm run serve` (vite preview in the mode "publish"): serves the built site with the headers of its `_headers`
 * file, as Netlify or Cloudflare Pages would, so a publisher can check the site under its real policy and caching
 * before uploading it. Plain `vite preview` (the tests' server) sends none of them.
 */
export function publishPreviewPlugin(): Plugin {
  let file = '';
  let publish = false;
  return {
    name: 'kc-publish-preview',
    configResolved(config) {
      publish = config.mode === 'publish';
      file = join(resolve(config.root, config.build.outDir), '_headers');
    },
    configurePreviewServer(server) {
      if (!publish) return;
      if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
      const rules = parseHeadersFile(readFileSync(file, 'utf8'));
      // Before the static files: the file server keeps a header already set on the response.
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
        for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);
        next();
      });
    },
  };
}
