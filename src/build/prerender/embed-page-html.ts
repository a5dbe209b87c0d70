import { posix } from 'node:path';
import type { Lang } from '../../model/types.ts';
import { escapeHtml } from './escape-html.ts';

/** One static chart page, made from the built query-string page (`embed/index.html`). */
export interface EmbedPage {
  /** Its directory from the site root: `embed/gdp/target/en/`. */
  dir: string;
  lang: Lang;
  /** The chart's title, for the page's title and description. */
  title: string;
  /** Ends the page's title: "Kecheng, five years · chart". */
  siteTitle: string;
  /** The chart, prerendered (its element with a declarative shadow root). */
  chartHtml: string;
  /** The credit line's text and the story it links to, from the site root (`./`, `en/`). */
  credit: { text: string; story: string };
  /** The absolute address of the page's oEmbed JSON. */
  oembedUrl: string;
  /** More of the head, already HTML: the page's card (Open Graph, Twitter, canonical, hreflang). */
  head?: string;
}

/** A relative address in a page at `fromDir` as written from a page at `toDir` (directories from the site root). */
export function rebaseHref(href: string, fromDir: string, toDir: string): string {
  const target = posix.normalize(posix.join(fromDir, href));
  const relative = posix.relative(toDir, target) || '.';
  const path = relative.startsWith('.') ? relative : `./${relative}`;
  return href.endsWith('/') && !path.endsWith('/') ? `${path}/` : path;
}

/** Replaces exactly one match of `pattern` in `html`, or fails: the built page has changed shape. */
function replaceOnce(html: string, pattern: RegExp, replacement: string | ((...groups: string[]) => string)): string {
  const matches = html.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))?.length ?? 0;
  if (matches !== 1) throw new Error(`embed page: expected one ${pattern} in embed/index.html, found ${matches}`);
  // A function, not a string: a chart's text may hold `$` patterns String.replace would expand.
  return html.replace(pattern, typeof replacement === 'string' ? () => replacement : (_, ...groups: string[]) => replacement(...groups));
}

/**
 * The static page of one chart, view and language: the query-string page's head and script, its addresses
 * rewritten for the deeper directory, its language, title and description the chart's, an oEmbed discovery
 * link, and in place of the loading line the chart itself, prerendered, so it shows before any script runs.
 * The page's script then finds the chart in the page and brings it to life.
 */
export function embedPageHtml(template: string, page: EmbedPage): string {
  const fromDir = 'embed/';
  let html = template.replace(
    /\b(href|src)="(\.\.?\/[^"]*)"/g,
    (_, name: string, href: string) => `${name}="${rebaseHref(href, fromDir, page.dir)}"`,
  );
  // The script starts the chart's code after the first paint (src/embed/embed-start.ts): fetched at low priority, it
  // and the module it imports (preloaded beside it, not asked for after it) do not hold up the paint of the chart
  // that is already in the page. A script fetched at high priority counts as render-blocking in Lighthouse's estimate.
  html = replaceOnce(html, /<script type="module"/, '<script type="module" fetchpriority="low"');
  html = html.replaceAll('<link rel="modulepreload"', '<link rel="modulepreload" fetchpriority="low"');
  const title = escapeHtml(page.title);
  const langTag = page.lang === 'zh' ? 'zh-Hans' : 'en';
  html = replaceOnce(html, /<html lang="[^"]*">/, `<html lang="${langTag}">`);
  // A chart's page may be found and listed (it is in the sitemap); the query-string page that draws any view is not.
  html = replaceOnce(html, /\s*<meta name="robots" content="noindex"\s*\/?>/, '');
  html = replaceOnce(html, /<title>[^<]*<\/title>/, `<title>${title} · ${escapeHtml(page.siteTitle)}</title>`);
  html = replaceOnce(html, /<meta name="description" content="[^"]*"\s*\/?>/, `<meta name="description" content="${title}" />`);
  const oembed = `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(page.oembedUrl)}" title="${title}" />`;
  const head = page.head ? `${page.head}\n` : '';
  html = replaceOnce(html, /\n?\s*<\/head>/, `\n    ${oembed}\n${head}  </head>`);
  html = replaceOnce(html, /<p class="embed-status"[^]*?<\/p>\s*<noscript[^]*?<\/noscript\s*>/, page.chartHtml);
  const story = escapeHtml(rebaseHref(page.credit.story, '', page.dir));
  const creditText = escapeHtml(page.credit.text);
  html = replaceOnce(
    html,
    /<a href="[^"]*"([^>]*)>[^<]*<\/a><\/footer>/,
    (attrs = '') => `<a href="${story}"${attrs}>${creditText}</a></footer>`,
  );
  return html;
}
