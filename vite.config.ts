import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { storyPlugin } from './src/build/vite/story-plugin.ts';
import { metadataPlugin } from './src/build/vite/metadata-plugin.ts';
import { handoutPlugin } from './src/build/vite/handout-plugin.ts';
import { offlinePlugin } from './src/build/vite/offline-plugin.ts';
import { embedLoaderPlugin } from './src/build/vite/loader-plugin.ts';
import { cssTemplatesPlugin } from './src/build/vite/css-templates-plugin.ts';
import { embedPagesPlugin } from './src/build/vite/embed-pages-plugin.ts';
import { headersPlugin } from './src/build/vite/headers-plugin.ts';
import { publishPreviewPlugin } from './src/build/vite/publish-preview-plugin.ts';
import { browserDataPlugin } from './src/build/vite/browser-data-plugin.ts';
import { quotesModulePlugin } from './src/build/vite/quotes-module-plugin.ts';

export default defineConfig({
  base: './',
  plugins: [
    browserDataPlugin(),
    quotesModulePlugin(),
    storyPlugin(),
    metadataPlugin(),
    handoutPlugin(),
    offlinePlugin(),
    embedLoaderPlugin(),
    embedPagesPlugin(),
    cssTemplatesPlugin(),
    headersPlugin(),
    publishPreviewPlugin(),
  ],
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
