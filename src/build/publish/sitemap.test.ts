import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapXml } from './sitemap.ts';

describe('sitemapXml(entries)', () => {
  const xml = sitemapXml([
    {
      url: 'https://kecheng.example/?a=1&b=2',
      lastmod: '2026-12-07',
      alternates: [
        { hreflang: 'zh-Hans', href: 'https://kecheng.example/' },
        { hreflang: 'x-default', href: 'https://kecheng.example/' },
      ],
    },
    { url: 'https://kecheng.example/en/' },
  ]);

  it('lists each page with its last change and its language versions as xhtml:link alternates', () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9"/);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml).toContain('<lastmod>2026-12-07</lastmod>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://kecheng.example/"/>');
  });

  it('escapes what XML needs escaped', () => {
    expect(xml).toContain('<loc>https://kecheng.example/?a=1&#38;b=2</loc>');
  });
});

describe('robotsTxt(site)', () => {
  it('points at the sitemap and keeps crawlers off the offline copies, under the site’s own path', () => {
    expect(robotsTxt('https://kecheng.example/')).toBe(
      'User-agent: *\nDisallow: /offline/\n\nSitemap: https://kecheng.example/sitemap.xml\n',
    );
    expect(robotsTxt('https://news.example.com/k/')).toContain('Disallow: /k/offline/\n\nSitemap: https://news.example.com/k/sitemap.xml');
  });
});
