import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { alternateLinksPlugin, storyPlugin } from './src/story/vite-plugin';

export default defineConfig({
  base: './',
  plugins: [storyPlugin(), alternateLinksPlugin()],
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        zh: resolve(import.meta.dirname, 'index.html'),
        en: resolve(import.meta.dirname, 'en/index.html'),
      },
    },
  },
});
