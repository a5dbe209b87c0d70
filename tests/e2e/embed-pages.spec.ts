import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHART_TAGS, CHART_VIEWS, type ChartId } from '../../src/charts/kit/registry.ts';
import { watchConsole } from './story-page.ts';

/**
 * The static chart pages (embed/<chart>/<view>/<lang>/): each holds its chart prerendered, so a frame shows it
 * before any script runs, and links its oEmbed JSON, whose iframe code a CMS pastes. The site's absolute
 * addresses (KC_SITE_URL, in the JSON) are answered here from the preview server, as embed.spec.ts does.
 */
const HOST = 'http://host.test';
const outDir = process.env.KC_OUT_DIR ?? 'dist';
const PAGES = (Object.keys(CHART_VIEWS) as ChartId[]).flatMap((chart) =>
  CHART_VIEWS[chart].flatMap((view) =>
    (['zh', 'en'] as const).map((lang) => ({ chart, view, lang, path: `embed/${chart}/${view}/${lang}/` })),
  ),
);

interface Oembed {
  version: string;
  type: string;
  title: string;
  html: string;
  width: number;
  height: number;
  author_name: string;
  provider_name: string;
  provider_url: string;
  license: string;
  license_url: string;
}

function publishedPolicy(): string {
  const file = readFileSync(resolve(import.meta.dirname, '../..', outDir, '_headers'), 'utf8');
  const policy = /^\/\*\n(?: {2}.+\n)*? {2}Content-Security-Policy: (.+)$/m.exec(file)?.[1];
  if (!policy) throw new Error(`no Content-Security-Policy for /* in ${outDir}/_headers`);
  return policy;
}

/** Answers the site's published address from the preview server, every page under the published policy. */
async function serveSite(page: Page, site: string, preview: string): Promise<void> {
  const policy = publishedPolicy();
  await page.route(`${site}**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: preview + url.pathname.slice(new URL(site).pathname.length) + url.search });
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
}

// The same pages and code at both sizes: one project is enough.
test.skip(({ isMobile }) => isMobile, 'desktop only');
// A lazy chunk may still be on its way when a test ends: its routed fetch must not fail the test.
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('every view has its oEmbed JSON, linked from its page, with the iframe of that page', async ({ request }) => {
  expect(PAGES.length).toBe(Object.values(CHART_VIEWS).flat().length * 2);
  for (const { path, lang } of PAGES) {
    const response = await request.get(`${path}oembed.json`);
    expect(response.ok(), path).toBe(true);
    const json = (await response.json()) as Oembed;
    expect(json, path).toMatchObject({ version: '1.0', type: 'rich', license: 'CC BY 4.0' });
    expect(json.title.length, path).toBeGreaterThan(3);
    expect(json.author_name.length, path).toBeGreaterThan(1);
    expect(json.provider_name, path).toContain('柯城五年');
    expect(json.license_url, path).toMatch(/^https:\/\/creativecommons\.org\//);
    expect(json.width, path).toBeGreaterThan(0);
    expect(json.height, path).toBeGreaterThan(0);
    const site = json.provider_url;
    expect(json.html, path).toContain(`<iframe src="${site}${path}" title="`);
    expect(json.html, path).toContain(`<script src="${site}embed/loader.js" async></script>`);
    const html = await (await request.get(path)).text();
    expect(html, path).toContain(`<link rel="alternate" type="application/json+oembed" href="${site}${path}oembed.json"`);
    expect(html, path).toContain(`<html lang="${lang === 'zh' ? 'zh-Hans' : 'en'}">`);
    expect(html, path).toContain(`<title>${json.title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)} · `);
    // Its own card: canonical and language versions at its own address, the chart's title, a large image.
    expect(html, path).toContain(`<link rel="canonical" href="${site}${path}">`);
    const other = path.replace(/\/(zh|en)\/$/, (_, l: string) => `/${l === 'zh' ? 'en' : 'zh'}/`);
    expect(html, path).toContain(`<link rel="alternate" hreflang="${lang === 'zh' ? 'en' : 'zh-Hans'}" href="${site}${other}">`);
    expect(html, path).toContain('<meta property="og:title" content="');
    expect(html, path).toContain(`<meta property="og:image" content="${site}share/kecheng-${lang}.png">`);
    expect(html, path).toContain('<meta name="twitter:card" content="summary_large_image">');
  }
});

test("a CMS pastes the oEmbed iframe: each chart's frame shows it, live, sized by the loader, nothing blocked", async ({
  page,
  baseURL,
}) => {
  // One view of each chart, the languages by turns.
  const sample = (Object.keys(CHART_TAGS) as ChartId[]).map((chart, i) =>
    PAGES.find((p) => p.chart === chart && p.lang === (i % 2 ? 'zh' : 'en'))!,
  );
  const errors = watchConsole(page);
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) errors.push(`CSP: ${message.text()}`);
  });
  const preview = (baseURL ?? 'http://127.0.0.1:4173/').replace(/\/$/, '');
  let site = '';
  let body = '';
  await page.route(`${HOST}/**`, (route) => route.fulfill({ body, contentType: 'text/html; charset=utf-8' }));
  for (const { path, chart } of sample) {
    const json = (await (await page.request.get(`${path}oembed.json`)).json()) as Oembed;
    if (!site) await serveSite(page, (site = json.provider_url), `${preview}/`);
    body = `<!doctype html><html lang="en"><title>Host</title><body><h1>A news article</h1>${json.html}</body></html>`;
    await page.goto(`${HOST}/${chart}.html`);
    const frame = page.frameLocator('iframe');
    const element = frame.locator(`main > ${CHART_TAGS[chart].tag}`);
    await expect(element.locator('.plot svg').first(), path).toBeVisible({ timeout: 15_000 });
    // Live: the chart's code has taken over the prerendered chart and laid it out at the frame's width.
    await expect.poll(() => element.evaluate((el) => customElements.get(el.localName) !== undefined), { timeout: 15_000 }).toBe(true);
    // The loader fits the frame to the page inside it.
    await expect
      .poll(
        async () => {
          const frameHeight = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
          const content = await frame.locator('body').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
          return Math.abs(frameHeight - content);
        },
        { timeout: 15_000, message: `${path}: the frame follows its content` },
      )
      .toBeLessThanOrEqual(1);
  }
  expect(errors).toEqual([]);
});

test('without JavaScript a static page shows its chart, prerendered, with its title and data table', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  for (const { chart, path } of [
    PAGES.find((p) => p.chart === 'gdp' && p.view === 'target' && p.lang === 'en')!,
    PAGES.find((p) => p.chart === 'map')!,
  ]) {
    await page.goto(path);
    const element = page.locator(`main > ${CHART_TAGS[chart].tag}`);
    await expect(element.locator('.plot svg').first(), path).toBeVisible();
    expect(
      await element
        .locator('.plot svg')
        .first()
        .evaluate((svg) => svg.getBoundingClientRect().width),
      path,
    ).toBeGreaterThan(300);
    await expect(element.locator('.title'), path).not.toBeEmpty();
    await expect(element.locator('table'), path).toHaveCount(1);
    await expect(page.locator('.embed-credit a'), path).toBeVisible();
  }
  await context.close();
});

test('a static page takes its theme from the address, and the query-string page still draws any view', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('embed/gdp/record/en/?theme=dark');
  const chart = page.locator('main > kc-line-chart');
  await expect(chart).toHaveAttribute('theme', 'dark');
  await expect.poll(() => chart.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(21, 22, 26)');
  await expect(page.locator('.embed-credit a')).toHaveAttribute('href', '../../../../en/');
  await page.goto('embed/?chart=gdp&view=record&lang=en');
  await expect(page.locator('main > kc-line-chart .plot svg').first()).toBeVisible({ timeout: 15_000 });
  expect(errors).toEqual([]);
});
