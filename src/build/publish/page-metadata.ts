import { escapeHtml } from '../prerender/escape-html.ts';
import type { Lang } from '../../model/types.ts';

/**
 * A page's metadata for search engines and link previews: title and description, canonical address and its
 * language versions, Open Graph and Twitter card, JSON-LD. Pure: the story's pages use it at build, and so can
 * any other page (a chart's embed page) by giving its own values.
 */
export interface PageMetadata {
  lang: Lang;
  title: string;
  description: string;
  /** The page's absolute canonical URL. */
  url: string;
  /** `article` for the story, `website` for other pages. */
  type: 'article' | 'website';
  /** The site's name, for og:site_name. */
  siteName: string;
  /** The share image (absolute URL) with its pixel size and text alternative. */
  image?: { url: string; width: number; height: number; alt: string; type?: string };
  /** The page in each language (hreflang → absolute URL), `x-default` included if wanted. */
  alternates?: { hreflang: string; href: string }[];
  /** Icons, relative to the page (the site is served from any path): favicon SVG, PNG and the apple-touch icon. */
  icons?: { svg: string; png: string; appleTouch: string };
  /** `noindex` for pages that should not be listed (the bare chart page). */
  robots?: string;
  /** Article times (ISO dates) for article:published_time and article:modified_time. */
  published?: string;
  modified?: string;
  /** JSON-LD objects, each written as its own `<script type="application/ld+json">`. */
  jsonLd?: object[];
}

/** One element of the head: its tag, attributes in order, and for a script its text. */
export interface HeadTag {
  tag: 'meta' | 'link' | 'script';
  attrs: Record<string, string>;
  text?: string;
}

/** The Open Graph locale of a language. */
export const OG_LOCALE: Record<Lang, string> = { zh: 'zh_CN', en: 'en_US' };

/** A page's links: canonical, its language versions (hreflang), its icons. */
export function headLinks(meta: Pick<PageMetadata, 'url' | 'alternates' | 'icons'>): HeadTag[] {
  const tags: HeadTag[] = [{ tag: 'link', attrs: { rel: 'canonical', href: meta.url } }];
  for (const alt of meta.alternates ?? []) tags.push({ tag: 'link', attrs: { rel: 'alternate', hreflang: alt.hreflang, href: alt.href } });
  if (meta.icons) {
    tags.push(
      { tag: 'link', attrs: { rel: 'icon', href: meta.icons.svg, type: 'image/svg+xml' } },
      { tag: 'link', attrs: { rel: 'icon', href: meta.icons.png, type: 'image/png', sizes: '48x48' } },
      { tag: 'link', attrs: { rel: 'apple-touch-icon', href: meta.icons.appleTouch } },
    );
  }
  return tags;
}

/** The tags of a page's metadata, in the order they are written. */
export function metadataTags(meta: PageMetadata): HeadTag[] {
  const tags: HeadTag[] = [];
  const property = (name: string, content: string): void => void tags.push({ tag: 'meta', attrs: { property: name, content } });
  const named = (name: string, content: string): void => void tags.push({ tag: 'meta', attrs: { name, content } });

  if (meta.robots) named('robots', meta.robots);
  tags.push(...headLinks(meta));
  property('og:type', meta.type);
  property('og:site_name', meta.siteName);
  property('og:title', meta.title);
  property('og:description', meta.description);
  property('og:url', meta.url);
  property('og:locale', OG_LOCALE[meta.lang]);
  for (const lang of Object.keys(OG_LOCALE) as Lang[]) {
    if (lang !== meta.lang && meta.alternates?.some((a) => a.hreflang.startsWith(lang))) property('og:locale:alternate', OG_LOCALE[lang]);
  }
  if (meta.image) {
    property('og:image', meta.image.url);
    if (meta.image.url.startsWith('https:')) property('og:image:secure_url', meta.image.url);
    property('og:image:type', meta.image.type ?? 'image/png');
    property('og:image:width', String(meta.image.width));
    property('og:image:height', String(meta.image.height));
    property('og:image:alt', meta.image.alt);
  }
  if (meta.type === 'article') {
    if (meta.published) property('article:published_time', meta.published);
    if (meta.modified) property('article:modified_time', meta.modified);
  }
  named('twitter:card', meta.image ? 'summary_large_image' : 'summary');
  named('twitter:title', meta.title);
  named('twitter:description', meta.description);
  if (meta.image) {
    named('twitter:image', meta.image.url);
    named('twitter:image:alt', meta.image.alt);
  }
  for (const object of meta.jsonLd ?? []) tags.push({ tag: 'script', attrs: { type: 'application/ld+json' }, text: jsonLdText(object) });
  return tags;
}

/**
 * JSON as the text of a script element: `<` is written `\u003c`, so no `</script>` or `<!--` in the data can end
 * or change the element (JSON reads it back as the same character).
 */
export function jsonLdText(object: object): string {
  return JSON.stringify(object)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A tag as HTML, its attribute values escaped. */
export function headTagHtml(tag: HeadTag): string {
  const attrs = Object.entries(tag.attrs)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return tag.tag === 'script' ? `<script${attrs}>${tag.text ?? ''}</script>` : `<${tag.tag}${attrs}>`;
}

/** The head HTML of a page's metadata (not its <title> and description, which pages write themselves), one tag a line. */
export function pageMetadataHtml(meta: PageMetadata): string {
  return metadataTags(meta).map(headTagHtml).join('\n');
}

/** The title and description elements, escaped, for a page that has none yet (an embed page). */
export function titleHtml(meta: Pick<PageMetadata, 'title' | 'description'>): string {
  return `<title>${escapeHtml(meta.title)}</title>\n<meta name="description" content="${escapeHtml(meta.description)}">`;
}
