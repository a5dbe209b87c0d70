import { escapeHtml } from '../prerender/escape-html.ts';

/** A page of the sitemap: its absolute URL, its versions in other languages (hreflang → URL), its last change. */
export interface SitemapEntry {
  url: string;
  alternates?: { hreflang: string; href: string }[];
  /** ISO date */
  lastmod?: string;
}

/** XML text: the same five characters as HTML need escaping. */
const xml = escapeHtml;

/** sitemap.xml, with each page's language versions as xhtml:link alternates (the form search engines read). */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const lines = [`    <loc>${xml(entry.url)}</loc>`];
    if (entry.lastmod) lines.push(`    <lastmod>${xml(entry.lastmod)}</lastmod>`);
    for (const alt of entry.alternates ?? []) {
      lines.push(`    <xhtml:link rel="alternate" hreflang="${xml(alt.hreflang)}" href="${xml(alt.href)}"/>`);
    }
    return `  <url>\n${lines.join('\n')}\n  </url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * robots.txt: everything may be crawled but the offline copies (downloads, the story again in one file); where the
 * sitemap is. (The query-string chart page says noindex itself, which a crawler must be let in to read.)
 */
export function robotsTxt(site: string): string {
  const root = new URL(site).pathname;
  return ['User-agent: *', `Disallow: ${root}offline/`, '', `Sitemap: ${new URL('sitemap.xml', site).href}`, ''].join('\n');
}
