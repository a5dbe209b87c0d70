import { CHART_TAGS, type ChartId } from '../../charts/kit/registry.ts';
import type { Lang } from '../../model/types.ts';

/** light | dark force a scheme; auto follows the reader's prefers-color-scheme (and is never written out). */
export type EmbedTheme = 'auto' | 'light' | 'dark';

/** What an editor chose to embed: one chart, in one view, language and theme. */
export interface EmbedChoice {
  chart: ChartId;
  view: string;
  lang: Lang;
  theme: EmbedTheme;
}

/**
 * Escapes a value for a double-quoted HTML attribute. An ampersand is escaped only where it would start a
 * character reference, so a URL's query (`?chart=gdp&view=target`) reads as editors expect and stays valid HTML.
 */
export function escapeAttr(value: string): string {
  return value
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * The absolute URL of the site root, from the address of a page of the site: the story lives at `/` and
 * `/en/`, the iframe pages at `/embed/` and `/embed/<chart>/<view>/<lang>/`. A root named by the page (its zh-Hans alternate link) wins.
 */
export function siteBase(pageUrl: string, rootHref?: string): string {
  if (rootHref) return new URL(rootHref, pageUrl).href.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  const url = new URL(pageUrl);
  const dir = url.pathname.replace(/[^/]*$/, '').replace(/(?:en|embed(?:\/[^/]+\/[^/]+\/[^/]+)?)\/$/, '');
  return `${url.origin}${dir}`;
}

/** The static chart page of a chart, view and language, from the site root: `embed/gdp/target/en/` (the build writes one per view). */
export function embedPath(choice: Pick<EmbedChoice, 'chart' | 'view' | 'lang'>): string {
  return `embed/${[choice.chart, choice.view, choice.lang].map(encodeURIComponent).join('/')}/`;
}

/** The iframe page's address for the choice: its static page, `?theme=` added unless auto. */
export function embedUrl(base: string, choice: EmbedChoice): string {
  return `${base}${embedPath(choice)}${choice.theme !== 'auto' ? `?theme=${choice.theme}` : ''}`;
}

/** The library's script and the chart's element, as a page pastes them. */
export function scriptEmbedCode(base: string, choice: EmbedChoice): string {
  const entry = CHART_TAGS[choice.chart];
  const attrs: [string, string][] = [
    ...('dataset' in entry ? [['dataset', entry.dataset] as [string, string]] : []),
    ['view', choice.view],
    ['lang', choice.lang],
    ...(choice.theme !== 'auto' ? [['theme', choice.theme] as [string, string]] : []),
  ];
  const list = attrs.map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('');
  return [`<script type="module" src="${escapeAttr(`${base}lib/kc-charts.js`)}"></script>`, `<${entry.tag}${list}></${entry.tag}>`].join(
    '\n',
  );
}

/** An iframe of the embed page at the given height, with the loader that keeps its height fitted. */
export function iframeEmbedCode(base: string, choice: EmbedChoice, frame: { title: string; height: number }): string {
  const height = String(Math.max(1, Math.ceil(frame.height)));
  return [
    `<iframe src="${escapeAttr(embedUrl(base, choice))}" title="${escapeAttr(frame.title)}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy"></iframe>`,
    `<script src="${escapeAttr(`${base}embed/loader.js`)}" async></script>`,
  ].join('\n');
}

/** A download's file name: kecheng-gdp-target-en.csv. */
export function downloadName(choice: Pick<EmbedChoice, 'chart' | 'view' | 'lang'>, extension: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return ['kecheng', safe(choice.chart), safe(choice.view), choice.lang].filter(Boolean).join('-') + `.${extension}`;
}
