import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { alternateLinksPlugin, storyPlugin } from './src/story/vite-plugin.ts';
import { handoutPlugin } from './src/story/handout-plugin.ts';
import { offlinePlugin } from './src/story/offline-build.ts';
import { embedLoaderPlugin } from './src/embed/vite-plugin.ts';
import { viewNamesPlugin } from './src/embed/view-names-plugin.ts';

export default defineConfig({
  base: './',
  plugins: [storyPlugin(), alternateLinksPlugin(), handoutPlugin(), offlinePlugin(), embedLoaderPlugin(), viewNamesPlugin()],
  build: {
    // KC_OUT_DIR lets parallel test runs build side by side (see playwright.config.ts for KC_TEST_PORT).
    outDir: process.env.KC_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        zh: resolve(import.meta.dirname, 'index.html'),
        en: resolve(import.meta.dirname, 'en/index.html'),
        embed: resolve(import.meta.dirname, 'embed/index.html'),
      },
    },
  },
});
