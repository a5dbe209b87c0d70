import { CHART_VIEWS } from '../../src/charts/kit/registry.ts';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { siteUrl } from '../../src/build/publish/site-url.ts';

/**
 * What the built pages tell search engines and link previews (src/build/vite/metadata-plugin.ts): Open Graph,
 * Twitter card, canonical and hreflang at the site's address (KC_SITE_URL, as the build had it), NewsArticle
 * JSON-LD, icons that load, the share images' size, the sitemap and robots.txt. Read from the served pages.
 */
const site = siteUrl(process.env.KC_SITE_URL);
/** A URL of the published site as a path of the server under test. */
const served = (url: string): string => {
  expect(url.startsWith(site), `${url} is at ${site}`).toBe(true);
  return `/${url.slice(site.length)}`;
};

const STORY = [
  { path: '/', lang: 'zh', htmlLang: 'zh-Hans', locale: 'zh_CN' },
  { path: '/en/', lang: 'en', htmlLang: 'en', locale: 'en_US' },
] as const;
const HREFLANGS = { 'zh-Hans': site, en: `${site}en/`, 'x-default': site };

/** The page's head as data: meta by property or name, links by rel, JSON-LD texts. */
async function headOf(page: Page): Promise<{
  meta: Record<string, string[]>;
  links: { rel: string; href: string; hreflang: string | null; type: string | null }[];
  jsonLd: string[];
}> {
  return page.evaluate(() => {
    const meta: Record<string, string[]> = {};
    for (const el of document.head.querySelectorAll('meta[property], meta[name]')) {
      const key = el.getAttribute('property') ?? el.getAttribute('name') ?? '';
      (meta[key] ??= []).push(el.getAttribute('content') ?? '');
    }
    const links = [...document.head.querySelectorAll('link[rel]')].map((el) => ({
      rel: el.getAttribute('rel') ?? '',
      href: (el as HTMLLinkElement).href,
      hreflang: el.getAttribute('hreflang'),
      type: el.getAttribute('type'),
    }));
    const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map((el) => el.textContent ?? '');
    return { meta, links, jsonLd };
  });
}

/** Width and height of a PNG from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Every icon the page links loads, as the type it says; the PNGs are their stated size. */
async function expectIcons(request: APIRequestContext, links: { rel: string; href: string; type: string | null }[]): Promise<void> {
  const icons = links.filter((l) => l.rel === 'icon' || l.rel === 'apple-touch-icon');
  expect(icons.map((l) => l.rel).sort()).toEqual(['apple-touch-icon', 'icon', 'icon']);
  for (const icon of icons) {
    expect(icon.href).not.toMatch(/^data:/);
    const response = await request.get(icon.href);
    expect(response.status(), icon.href).toBe(200);
    const body = await response.body();
    if (icon.type === 'image/svg+xml') expect(body.toString('utf8')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    else expect(pngSize(body)).toEqual(icon.rel === 'apple-touch-icon' ? { width: 180, height: 180 } : { width: 48, height: 48 });
  }
}

// The same files at any size: one project is enough.
test.skip(({ isMobile }) => isMobile, 'the pages’ heads are the same on the phone');

for (const story of STORY) {
  test(`the story at ${story.path} says what it is: Open Graph, canonical, hreflang, NewsArticle, icons, share image`, async ({
    page,
    request,
  }) => {
    await page.goto(story.path);
    const { meta, links, jsonLd } = await headOf(page);
    const one = (key: string): string => {
      expect(meta[key], key).toHaveLength(1);
      return meta[key]?.[0] ?? '';
    };
    const url = story.lang === 'zh' ? site : `${site}en/`;
    const title = (await page.locator('h1').first().textContent())?.trim() ?? '';

    expect(await page.locator('html').getAttribute('lang')).toBe(story.htmlLang);
    expect(one('og:title')).toBe(await page.title());
    expect(one('og:title')).toBe(title);
    expect(one('og:description')).toBe(one('description'));
    expect(one('og:description').length).toBeGreaterThan(50);
    expect(one('og:type')).toBe('article');
    expect(one('og:url')).toBe(url);
    expect(one('og:locale')).toBe(story.locale);
    expect(one('twitter:card')).toBe('summary_large_image');
    expect(one('og:image')).toBe(`${site}share/kecheng-${story.lang}.png`);
    expect([one('og:image:width'), one('og:image:height')]).toEqual(['1200', '630']);
    expect(one('og:image:alt')).toContain(title);

    expect(links.filter((l) => l.rel === 'canonical').map((l) => l.href)).toEqual([url]);
    const alternates = Object.fromEntries(links.filter((l) => l.rel === 'alternate').map((l) => [l.hreflang, l.href]));
    expect(alternates).toEqual(HREFLANGS);

    expect(jsonLd).toHaveLength(1);
    const article = JSON.parse(jsonLd[0] ?? '') as Record<string, unknown>;
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: title,
      description: one('og:description'),
      url,
      image: [one('og:image')],
      inLanguage: story.htmlLang,
      isAccessibleForFree: true,
      author: [{ '@type': 'Organization' }],
      publisher: { '@type': 'Organization', logo: { '@type': 'ImageObject' } },
    });
    const { datePublished, dateModified } = article as { datePublished: string; dateModified: string };
    expect(datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(dateModified >= datePublished).toBe(true);
    // The byline's date is the last modification.
    await expect(page.locator(`time[datetime="${dateModified}"]`).first()).toBeAttached();
    const citations = article.citation as { '@type': string; name: string }[];
    expect(citations.length).toBeGreaterThanOrEqual(5);
    for (const c of citations) expect(c).toMatchObject({ '@type': 'CreativeWork', name: expect.any(String) });

    await expectIcons(request, links);

    const image = await request.get(served(one('og:image')));
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
    const png = await image.body();
    test.info().annotations.push({ type: 'share image', description: `${story.lang}: ${png.length} bytes` });
    expect(png.length).toBeLessThanOrEqual(300 * 1024);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });
}

test('the handouts and worksheets link their icons, canonical address and language versions; the chart page its icons', async ({
  page,
  request,
}) => {
  for (const path of ['/handout/', '/handout/teacher/', '/en/handout/', '/en/handout/teacher/', '/worksheet/', '/en/worksheet/']) {
    await page.goto(path);
    const { links } = await headOf(page);
    expect(links.filter((l) => l.rel === 'canonical').map((l) => l.href)).toEqual([`${site}${path.slice(1)}`]);
    const hreflangs = links.filter((l) => l.rel === 'alternate').map((l) => l.hreflang);
    expect(hreflangs).toEqual(['zh-Hans', 'en', 'x-default']);
    await expectIcons(request, links);
  }
  await page.goto('/embed/?chart=gdp&view=target&lang=en');
  const { meta, links } = await headOf(page);
  expect(meta.robots).toEqual(['noindex']);
  await expectIcons(request, links);
});

test('the sitemap lists the story, the handouts, the worksheets and the chart pages with their language versions; robots.txt points at it', async ({
  request,
}) => {
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toContain(`Sitemap: ${site}sitemap.xml`);

  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const pages = ['', 'en/', 'handout/', 'en/handout/', 'handout/teacher/', 'en/handout/teacher/', 'worksheet/', 'en/worksheet/'];
  expect(locs.slice(0, pages.length)).toEqual(pages.map((p) => `${site}${p}`));
  // Then each chart's page, each view in each language.
  const charts = Object.values(CHART_VIEWS).flat().length * 2;
  expect(locs.slice(pages.length)).toHaveLength(charts);
  for (const loc of locs.slice(pages.length)) expect(loc).toMatch(new RegExp(`^${site}embed/[a-z-]+/[a-z0-9-]+/(zh|en)/$`));
  expect(xml.match(/<xhtml:link rel="alternate" hreflang="x-default"/g)).toHaveLength(locs.length);
  // Every page it lists is there.
  for (const loc of locs) expect((await request.get(served(loc ?? ''))).status(), loc).toBe(200);
});
