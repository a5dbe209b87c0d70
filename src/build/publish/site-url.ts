/**
 * The site's address: every absolute URL the build writes (canonical, hreflang, Open Graph, JSON-LD, sitemap,
 * robots.txt) starts with it. Set KC_SITE_URL at build time; README, "Publishing".
 */
export const DEFAULT_SITE_URL = 'https://kecheng.example/';

/** The site's address from KC_SITE_URL (or the default): an http(s) URL ending in `/`, without query or hash. */
export function siteUrl(value: string | undefined = undefined): string {
  const raw = value?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`KC_SITE_URL: expected an absolute http(s) URL such as ${DEFAULT_SITE_URL}, got "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`KC_SITE_URL: expected an http(s) URL, got "${raw}"`);
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** The absolute URL of a path of the site (relative to its root, no leading `/`; `index.html` is dropped). */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path.replace(/^\/+/, '').replace(/(^|\/)index\.html$/, '$1'), site).href;
}
