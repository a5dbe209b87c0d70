import { describe, expect, it } from 'vitest';
import { headTagHtml, jsonLdText, metadataTags, pageMetadataHtml, titleHtml, type PageMetadata } from './page-metadata.ts';

const meta: PageMetadata = {
  lang: 'en',
  title: 'Kecheng met 9 of 21 "targets" & missed <8>',
  description: "The district's own count",
  url: 'https://kecheng.example/en/',
  type: 'article',
  siteName: 'Kecheng, five years',
  image: { url: 'https://kecheng.example/share/kecheng-en.png', width: 1200, height: 630, alt: 'A scorecard' },
  alternates: [
    { hreflang: 'zh-Hans', href: 'https://kecheng.example/' },
    { hreflang: 'en', href: 'https://kecheng.example/en/' },
    { hreflang: 'x-default', href: 'https://kecheng.example/' },
  ],
  icons: { svg: '../favicon.svg', png: '../favicon.png', appleTouch: '../apple-touch-icon.png' },
  published: '2026-12-05',
  modified: '2026-12-07',
  jsonLd: [{ '@type': 'NewsArticle', headline: '</script><script>alert(1)</script>' }],
};

/** The content of the meta tag with the given property or name. */
const content = (tags: ReturnType<typeof metadataTags>, key: string): string | undefined =>
  tags.find((t) => t.tag === 'meta' && (t.attrs.property === key || t.attrs.name === key))?.attrs.content;

describe('metadataTags(meta)', () => {
  const tags = metadataTags(meta);

  it('gives the Open Graph and Twitter card of an article with a large image', () => {
    expect(content(tags, 'og:type')).toBe('article');
    expect(content(tags, 'og:title')).toBe(meta.title);
    expect(content(tags, 'og:description')).toBe(meta.description);
    expect(content(tags, 'og:url')).toBe(meta.url);
    expect(content(tags, 'og:locale')).toBe('en_US');
    expect(content(tags, 'og:locale:alternate')).toBe('zh_CN');
    expect(content(tags, 'og:image')).toBe(meta.image?.url);
    expect(content(tags, 'og:image:width')).toBe('1200');
    expect(content(tags, 'og:image:height')).toBe('630');
    expect(content(tags, 'article:published_time')).toBe('2026-12-05');
    expect(content(tags, 'article:modified_time')).toBe('2026-12-07');
    expect(content(tags, 'twitter:card')).toBe('summary_large_image');
  });

  it('links the canonical address, each language version with x-default, and the icons', () => {
    const links = tags.filter((t) => t.tag === 'link').map((t) => t.attrs);
    expect(links.filter((l) => l.rel === 'canonical')).toEqual([{ rel: 'canonical', href: meta.url }]);
    expect(links.filter((l) => l.rel === 'alternate').map((l) => l.hreflang)).toEqual(['zh-Hans', 'en', 'x-default']);
    expect(links.filter((l) => /icon/.test(l.rel ?? '')).map((l) => l.href)).toEqual([
      '../favicon.svg',
      '../favicon.png',
      '../apple-touch-icon.png',
    ]);
  });

  it('has a small card, no image tags and no article times for a page without an image that is no article', () => {
    const page = metadataTags({ ...meta, type: 'website', image: undefined, robots: 'noindex' });
    expect(content(page, 'twitter:card')).toBe('summary');
    expect(content(page, 'robots')).toBe('noindex');
    expect(page.some((t) => /image|article:/.test(t.attrs.property ?? t.attrs.name ?? ''))).toBe(false);
  });
});

describe('pageMetadataHtml(meta)', () => {
  const html = pageMetadataHtml(meta);

  it('escapes every value in the attributes', () => {
    expect(html).toContain('<meta property="og:title" content="Kecheng met 9 of 21 &#34;targets&#34; &#38; missed &#60;8&#62;">');
    expect(html).not.toContain('"targets"');
  });

  it('writes JSON-LD that cannot end its script element, and that reads back as the same object', () => {
    const script = /<script type="application\/ld\+json">([^]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(script)).toEqual(meta.jsonLd?.[0]);
    expect(jsonLdText({ a: '<!--\u2028' })).toBe('{"a":"\\u003c!--\\u2028"}');
  });

  it('writes one tag a line', () => {
    expect(html.split('\n')).toHaveLength(metadataTags(meta).length);
    expect(headTagHtml({ tag: 'link', attrs: { rel: 'icon', href: 'a"b' } })).toBe('<link rel="icon" href="a&#34;b">');
  });
});

describe('titleHtml(meta)', () => {
  it('writes an escaped title and description', () => {
    expect(titleHtml({ title: 'A <b>', description: 'x"y' })).toBe(
      '<title>A &#60;b&#62;</title>\n<meta name="description" content="x&#34;y">',
    );
  });
});
