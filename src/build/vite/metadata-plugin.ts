import type { Plugin } from 'vite';
import { CHART_VIEWS, type ChartId } from '../../charts/kit/registry.ts';
import { embedPath } from '../../elements/tools/embed-code.ts';
import type { DataBundle, Lang } from '../../model/types.ts';
import { loadData, loadStory, LANGS } from '../story/load-story.ts';
import type { Story } from '../story/story-model.ts';
import { headLinks, headTagHtml, pageMetadataHtml } from '../publish/page-metadata.ts';
import { sharePng } from '../publish/share-image.ts';
import { robotsTxt, sitemapXml } from '../publish/sitemap.ts';
import { siteUrl } from '../publish/site-url.ts';
import { shareCard } from '../publish/story-share-card.ts';
import { iconsFrom, sharePath, siteMapEntries, storyPageMetadata } from '../publish/story-metadata.ts';

const STORY_ID = 'kecheng-five-years';
const PAGE_LANG: Record<string, Lang> = { '/index.html': 'zh', '/en/index.html': 'en' };
/** The root from each page the build writes from an HTML entry (the site is served from any path: links are relative). */
const ROOT_FROM: Record<string, string> = { '/index.html': './', '/en/index.html': '../', '/embed/index.html': '../' };

/** The empty icon the pages' sources carry, so the dev server asks for no favicon it does not have. */
const EMPTY_ICON = /<link rel="icon" href="data:,"\s*\/?>\s*/;

/**
 * What a page tells search engines and link previews, for the site at KC_SITE_URL (README, "Publishing"): each story
 * page's Open Graph and Twitter card, canonical and hreflang links, icons and NewsArticle JSON-LD; the share images
 * (share/kecheng-{zh,en}.png, 1200 × 630) rendered from the story's headline and opening chart; sitemap.xml and
 * robots.txt. The chart page gets the icons.
 */
export function metadataPlugin(root = process.cwd(), site = siteUrl(process.env.KC_SITE_URL)): Plugin {
  let cache: { data: DataBundle; stories: Record<Lang, Story> } | undefined;
  const load = (): { data: DataBundle; stories: Record<Lang, Story> } => {
    if (!cache) {
      const data = loadData(root);
      cache = { data, stories: loadStory(root, STORY_ID, data) };
    }
    return cache;
  };
  return {
    name: 'kc-metadata',
    buildStart() {
      cache = undefined;
    },
    configureServer(server) {
      // The dev server's pages follow an edit of the story or the data, as the story plugin's do.
      server.watcher.on('change', (file) => {
        if (/[\\/](data|stories)[\\/]/.test(file)) cache = undefined;
      });
    },
    // After Vite's own HTML processing, which would take the links' addresses for assets to bundle.
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const rootFrom = ROOT_FROM[ctx.path];
        if (!rootFrom) return html;
        const lang = PAGE_LANG[ctx.path];
        let head: string;
        if (lang) {
          const { data, stories } = load();
          const story = stories[lang];
          head = pageMetadataHtml(storyPageMetadata({ story, data, site, imageAlt: shareCard(story, data, site).alt }));
        } else {
          const icons = headLinks({ url: '', icons: iconsFrom(ctx.path.slice(1)) }).filter((t) => t.attrs.rel !== 'canonical');
          head = icons.map(headTagHtml).join('\n');
        }
        return html.replace(EMPTY_ICON, '').replace('</head>', () => `${head}\n</head>`);
      },
    },
    generateBundle() {
      const { data, stories } = load();
      for (const lang of LANGS) {
        const png = sharePng(shareCard(stories[lang], data, site).svg, (message) => this.warn(message));
        this.emitFile({ type: 'asset', fileName: sharePath(lang), source: png });
      }
      // The chart pages too, each view in each language (embed-pages-plugin.ts writes them).
      const chartPages = (Object.keys(CHART_VIEWS) as ChartId[]).flatMap((chart) =>
        CHART_VIEWS[chart].map((view) => (lang: Lang) => embedPath({ chart, view, lang })),
      );
      this.emitFile({ type: 'asset', fileName: 'sitemap.xml', source: sitemapXml(siteMapEntries(site, stories, chartPages)) });
      this.emitFile({ type: 'asset', fileName: 'robots.txt', source: robotsTxt(site) });
    },
  };
}
