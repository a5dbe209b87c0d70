import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { DataBundle, Lang } from '../data/types';
import { loadData, loadStory } from './load-story';
import { escapeHtml, renderStoryHtml } from './render-html';
import type { Story } from './story-model';
import { plainText } from './build-story';

const STORY_ID = 'kecheng-five-years';
const PAGE_LANG: Record<string, Lang> = { '/index.html': 'zh', '/en/index.html': 'en' };
const OTHER_HREF: Record<Lang, string> = { zh: './en/', en: '../' };

/**
 * Validates data/ and stories/ at build start (a bad file fails the build, naming file and field) and
 * writes each language's story into its page as HTML, so the text and numbers are there before any script.
 */
export function storyPlugin(root = process.cwd()): Plugin {
  let cache: { data: DataBundle; stories: Record<Lang, Story> } | undefined;
  const load = (): { data: DataBundle; stories: Record<Lang, Story> } => {
    if (!cache) {
      const data = loadData(root);
      cache = { data, stories: loadStory(root, STORY_ID, data) };
    }
    return cache;
  };

  return {
    name: 'kc-story',
    buildStart() {
      cache = undefined;
      try {
        load();
      } catch (error) {
        this.error((error as Error).message);
      }
      for (const dir of ['data', `stories/${STORY_ID}`]) this.addWatchFile(resolve(root, dir));
    },
    configureServer(server) {
      server.watcher.add([resolve(root, 'data'), resolve(root, 'stories')]);
      server.watcher.on('change', (file) => {
        if (/[\\/](data|stories)[\\/]/.test(file)) {
          cache = undefined;
          server.ws.send({ type: 'full-reload' });
        }
      });
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        const lang = PAGE_LANG[ctx.path];
        if (!lang) return html;
        const { data, stories } = load();
        const story = stories[lang];
        const description = story.dek.map(plainText).join(' ');
        return html
          .replace('<html>', `<html lang="${lang === 'zh' ? 'zh-Hans' : 'en'}">`)
          .replace('<!--title-->', escapeHtml(story.title))
          .replace('<!--description-->', escapeHtml(description))
          .replace('<!--story-->', renderStoryHtml(story, data, OTHER_HREF[lang]));
      },
    },
  };
}

/** hreflang links, added after Vite's own HTML processing, which would take "./" for an asset. */
export function alternateLinksPlugin(): Plugin {
  return {
    name: 'kc-alternate-links',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const lang = PAGE_LANG[ctx.path];
        if (!lang) return [];
        const hrefs = lang === 'zh' ? { zh: './', en: './en/' } : { zh: '../', en: './' };
        return [
          { tag: 'link', attrs: { rel: 'alternate', hreflang: 'zh-Hans', href: hrefs.zh }, injectTo: 'head' },
          { tag: 'link', attrs: { rel: 'alternate', hreflang: 'en', href: hrefs.en }, injectTo: 'head' },
        ];
      },
    },
  };
}
