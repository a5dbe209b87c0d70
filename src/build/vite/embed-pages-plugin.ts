import type { OutputAsset } from 'rolldown';
import type { Plugin } from 'vite';
import { CHART_TAGS, CHART_VIEWS, type ChartId } from '../../charts/kit/registry.ts';
import { embedPath } from '../../elements/tools/embed-code.ts';
import { t } from '../../model/i18n/strings.ts';
import { embedPageHtml } from '../prerender/embed-page-html.ts';
import { oembedJson, oembedPath } from '../prerender/oembed.ts';
import { staticChartHtml, staticChartText } from '../prerender/static-chart.ts';
import { pageMetadataHtml } from '../publish/page-metadata.ts';
import { siteUrl } from '../publish/site-url.ts';
import { embedPageMetadata } from '../publish/story-metadata.ts';
import { shareCard } from '../publish/story-share-card.ts';
import { LANGS, loadData, loadStory } from '../story/load-story.ts';

const STORY_ID = 'kecheng-five-years';
const TEMPLATE = 'embed/index.html';
const PROVIDER = '柯城五年 · Kecheng, five years';
const STORY_PAGE = { zh: './', en: 'en/' } as const;

/**
 * A static chart page for every chart, view and language, `embed/<chart>/<view>/<lang>/`, with the chart
 * prerendered so a frame shows it before any script runs, and beside each its oEmbed JSON. Made from the built
 * query-string page (`embed/index.html`), so they share its script and styles: it runs after Vite's HTML step.
 */
export function embedPagesPlugin(root = process.cwd()): Plugin {
  return {
    name: 'kc-embed-pages',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const template = bundle[TEMPLATE] as OutputAsset | undefined;
      if (template?.type !== 'asset') this.error(`${TEMPLATE} is not in the bundle: the static chart pages are made from it`);
      const source = typeof template.source === 'string' ? template.source : new TextDecoder().decode(template.source);
      const data = loadData(root);
      const stories = loadStory(root, STORY_ID, data);
      const site = siteUrl(process.env.KC_SITE_URL);
      const imageAlt = { zh: shareCard(stories.zh, data, site).alt, en: shareCard(stories.en, data, site).alt };
      for (const chart of Object.keys(CHART_TAGS) as ChartId[]) {
        for (const view of CHART_VIEWS[chart]) {
          for (const lang of LANGS) {
            const choice = { chart, view, lang };
            const text = staticChartText(chart, view, lang, data);
            const { title } = text;
            const card = embedPageMetadata({
              site,
              lang,
              dirOf: (l) => embedPath({ chart, view, lang: l }),
              title: `${title} · ${t('embedTitle', lang)}`,
              description: text.subtitle || text.summary,
              imageAlt: imageAlt[lang],
            });
            const html = embedPageHtml(source, {
              dir: embedPath(choice),
              lang,
              title,
              siteTitle: t('embedTitle', lang),
              chartHtml: staticChartHtml(chart, view, lang, data),
              credit: { text: t('embedCredit', lang), story: STORY_PAGE[lang] },
              oembedUrl: new URL(oembedPath(choice), site).href,
              head: pageMetadataHtml(card),
            });
            this.emitFile({ type: 'asset', fileName: `${embedPath(choice)}index.html`, source: html });
            const oembed = oembedJson({
              site,
              choice,
              title,
              author: { name: stories[lang].byline, story: STORY_PAGE[lang] },
              provider: PROVIDER,
            });
            this.emitFile({ type: 'asset', fileName: oembedPath(choice), source: `${JSON.stringify(oembed, null, 2)}\n` });
          }
        }
      }
    },
  };
}
