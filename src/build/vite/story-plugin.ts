import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { DataBundle, Lang } from '../../model/types.ts';
import { loadData, loadStory } from '../story/load-story.ts';
import { escapeHtml } from '../prerender/escape-html.ts';
import { renderStoryHtml } from '../prerender/render-html.ts';
import { standalonePlotSvg } from '../prerender/static-chart.ts';
import { staticChartPath } from '../prerender/static-figure.ts';
import type { Story } from '../story/story-model.ts';
import { plainText } from '../story/build-story.ts';

const STORY_ID = 'kecheng-five-years';
const PAGE_LANG: Record<string, Lang> = { '/index.html': 'zh', '/en/index.html': 'en' };
const OTHER_HREF: Record<Lang, string> = { zh: './en/', en: '../' };
const ROOT_PREFIX: Record<Lang, string> = { zh: './', en: '../' };

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
    generateBundle() {
      const { data, stories } = load();
      for (const story of Object.values(stories)) {
        for (const step of story.steps) {
          const source = standalonePlotSvg(step.chart, step.view, story.lang, data);
          this.emitFile({ type: 'asset', fileName: staticChartPath(story.lang, step.id), source });
        }
      }
    },
    configureServer(server) {
      // The dev server draws the standalone charts on request, as the build writes them.
      server.middlewares.use((req, res, next) => {
        const match = /\/charts\/(zh|en)\/([a-z0-9-]+)\.svg$/.exec(req.url ?? '');
        const story = match ? load().stories[match[1] as Lang] : undefined;
        const step = story?.steps.find((s) => s.id === match?.[2]);
        if (!story || !step) return next();
        res.setHeader('Content-Type', 'image/svg+xml');
        res.end(standalonePlotSvg(step.chart, step.view, story.lang, load().data));
      });
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
          .replace('<!--story-->', renderStoryHtml(story, data, OTHER_HREF[lang], ROOT_PREFIX[lang]));
      },
    },
  };
}
