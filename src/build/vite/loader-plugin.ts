import { resolve } from 'node:path';
// Vite's own bundler (vite 8 is built on it): the loader is bundled on its own, as a classic script.
import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';

/** Where the host pages' loader is served, relative to the site root. */
export const LOADER_PATH = 'embed/loader.js';

/** src/embed/loader.ts as the classic script host pages include: one minified file in its own scope. */
export async function buildLoader(root: string): Promise<string> {
  const bundle = await rolldown({ input: resolve(root, 'src/embed/loader.ts'), logLevel: 'silent' });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    return `/* 柯城五年 · Kecheng, five years — embed loader (see EMBEDDING.md) */\n${output[0].code}`;
  } finally {
    await bundle.close();
  }
}

/** Writes dist/embed/loader.js (and serves it in development). The embed page itself is a normal HTML input. */
export function embedLoaderPlugin(root = process.cwd()): Plugin {
  return {
    name: 'kc-embed-loader',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: LOADER_PATH, source: await buildLoader(root) });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.startsWith(`/${LOADER_PATH}`)) return next();
        buildLoader(root).then(
          (code) => {
            res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            res.end(code);
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}
