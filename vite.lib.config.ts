import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The chart library, dist/lib/kc-charts.js: an ES module for other sites' pages (see EMBEDDING.md). Its
 * chunks (one or a few per chart, plus what charts share) are imported relative to the module's own URL,
 * so the folder can be served from anywhere. Built after the site, into its output folder.
 */
export default defineConfig({
  base: './',
  publicDir: false,
  build: {
    outDir: resolve(process.env.KC_OUT_DIR ?? 'dist', 'lib'),
    emptyOutDir: true,
    target: 'es2022',
    // No preload helper: the library must not touch the host page's <head>.
    modulePreload: false,
    rollupOptions: {
      input: { 'kc-charts': resolve(import.meta.dirname, 'src/embed/library.ts') },
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
