import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { libraryDataPlugin } from './src/build/vite/library-data-plugin.ts';
import { cssTemplatesPlugin } from './src/build/vite/css-templates-plugin.ts';
import { libraryMinifyPlugin } from './src/build/vite/library-minify-plugin.ts';
import { browserDataPlugin } from './src/build/vite/browser-data-plugin.ts';
import { quotesModulePlugin } from './src/build/vite/quotes-module-plugin.ts';
// Chunk names the benchmark reads too (scripts/bench/embed.mjs).
import chunks from './src/build/library/chunks.json' with { type: 'json' };

/**
 * The chart library, dist/lib/kc-charts.js: an ES module for other sites' pages (see EMBEDDING.md). Its
 * chunks (one or a few per chart, plus what charts share) are imported relative to the module's own URL,
 * so the folder can be served from anywhere. Built after the site, into its output folder.
 */
export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [browserDataPlugin(), quotesModulePlugin(), libraryDataPlugin(), cssTemplatesPlugin(), libraryMinifyPlugin()],
  build: {
    outDir: resolve(process.env.KC_OUT_DIR ?? 'dist', 'lib'),
    emptyOutDir: true,
    target: 'es2022',
    // Which chunks each chart needs, for the benchmark's per-chart byte budget (scripts/bench/embed.mjs).
    manifest: true,
    // Library mode: the charts' dynamic imports are plain import() (no preload helper touching the host's
    // <head>); libraryMinifyPlugin minifies the output all the same.
    lib: { entry: { 'kc-charts': resolve(import.meta.dirname, 'src/embed/library.ts') }, formats: ['es'] },
    rollupOptions: {
      output: {
        entryFileNames: '[name].js',
        // A chart's own chunk (its element and data) is named for the chart.
        chunkFileNames: (chunk) => `chunks/${chunk.name.replace(/^_?kc-lib-chart_/, 'chart-')}-[hash].js`,
        // The map's geography (data/geo/) is a chunk of its own, so its bytes are told apart from the code's
        // (the benchmark's per-chart budget is "without map data").
        codeSplitting: { groups: [{ name: chunks.mapData, test: /[\\/]data[\\/]geo[\\/]/ }] },
      },
    },
  },
});
