import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHART_VIEWS } from '../../src/charts/kit/registry.ts';
import { CHART_TAGS, type ChartId } from '../../src/charts/kit/registry.ts';
import { watchConsole } from './story-page.ts';

/**
 * Embeds in host pages that fight them (tests/e2e/hosts/): aggressive global CSS, a strict Content-Security-
 * Policy, twelve charts, the library loaded twice, codes that name unknown things. As on a real news site,
 * the host page (http://host.test) and the chart site (http://charts.test, answered from the preview server)
 * are two origins; page.route serves both (Chromium would not let a page reach a loopback address).
 */
const HOST = 'http://host.test';
const SITE = 'http://charts.test';
const hostsDir = resolve(import.meta.dirname, 'hosts');

interface HostOptions {
  /** Content-Security-Policy header of the host page, and of the embed pages inside it. */
  csp?: boolean;
  /** Besides, `style-src 'self'`: no inline style (style attributes, <style> elements) anywhere. */
  strictStyles?: boolean;
  /** Text for the page's %CHARTS% placeholder. */
  charts?: string;
}

async function openHost(page: Page, file: string, baseURL: string | undefined, options: HostOptions = {}): Promise<string[]> {
  const preview = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
  const errors = watchConsole(page);
  await page.route(`${HOST}/**`, async (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    const body = readFileSync(resolve(hostsDir, name), 'utf8')
      .replaceAll('%SITE%', SITE)
      .replace('%CHARTS%', options.charts ?? '');
    const type = name.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8';
    // Trusted Types enforced too, allowing only lit's own policy (EMBEDDING.md, "Content-Security-Policy").
    const styles = options.strictStyles ? "; style-src 'self'" : '';
    const csp = `script-src 'self' ${SITE}; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html${styles}`;
    await route.fulfill({ body, contentType: type, headers: options.csp ? { 'Content-Security-Policy': csp } : {} });
  });
  await page.route(`${SITE}/**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: preview + url.pathname + url.search });
    const headers = { ...response.headers() };
    // Module scripts from another origin need CORS: the site serves lib/ and assets/ with it (EMBEDDING.md, _headers).
    if (url.pathname.startsWith('/lib/') || url.pathname.startsWith('/assets/')) headers['access-control-allow-origin'] = '*';
    // The embed page under the strictest policy: its own scripts only, no inline script, no eval.
    if (options.csp && url.pathname === '/embed/') {
      headers['content-security-policy'] = `script-src 'self'${options.strictStyles ? "; style-src 'self'" : ''}`;
    }
    await route.fulfill({ response, headers });
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) errors.push(`CSP: ${message.text()}`);
  });
  await page.goto(`${HOST}/${file}`);
  return errors;
}

/** A chart element for each chart and view, `class="chart"`, in English and Chinese by turns: a host page's %CHARTS%. */
function chartTags(pairs: readonly (readonly [ChartId, string])[]): string {
  return pairs
    .map(([id, view], i) => {
      const entry: { tag: string; dataset?: string } = CHART_TAGS[id];
      const dataset = entry.dataset ? ` dataset="${entry.dataset}"` : '';
      return `<${entry.tag} class="chart"${dataset} view="${view}" lang="${i % 2 ? 'zh' : 'en'}"></${entry.tag}>`;
    })
    .join('\n');
}

/** Waits for a chart element's plot and returns its size and the sizes of its text. */
async function chartMetrics(
  chart: Locator,
): Promise<{ plotWidth: number; plotHeight: number; hostFont: number; titleFont: number; medianSvgFont: number }> {
  await expect(chart.locator('.plot svg').first()).toBeVisible({ timeout: 15_000 });
  return chart.evaluate((el) => {
    const root = el.shadowRoot!;
    const plot = root.querySelector('.plot')!.getBoundingClientRect();
    const title = parseFloat(getComputedStyle(root.querySelector('.title')!).fontSize);
    const fonts = [...root.querySelectorAll('.plot svg text')].map((t) => parseFloat(getComputedStyle(t).fontSize)).sort((a, b) => a - b);
    const hostFont = parseFloat(getComputedStyle(el).fontSize);
    return {
      plotWidth: plot.width,
      plotHeight: plot.height,
      hostFont,
      titleFont: title,
      medianSvgFont: fonts[Math.floor(fonts.length / 2)] ?? 0,
    };
  });
}

function expectSane(m: Awaited<ReturnType<typeof chartMetrics>>, what: string): void {
  expect(m.plotWidth, `${what}: plot width in a 390 px column`).toBeGreaterThan(250);
  expect(m.plotHeight, `${what}: plot height`).toBeGreaterThan(120);
  expect(m.hostFont, `${what}: the element's own font size`).toBe(14);
  expect(m.titleFont, `${what}: title font size`).toBeLessThan(20);
  // Big-number tiles are large by design; most of the plot's text is label-sized.
  expect(m.medianSvgFont, `${what}: median font size in the plot`).toBeLessThan(20);
}

/** The iframe's height on the host page, and the height of the embed page's content. */
async function heights(page: Page, frameSelector: string): Promise<{ frame: number; content: number }> {
  const frame = await page.locator(frameSelector).evaluate((el) => el.getBoundingClientRect().height);
  const content = await page
    .frameLocator(frameSelector)
    .locator('body')
    .evaluate((body) => body.getBoundingClientRect().height);
  return { frame, content };
}

/** Waits until the iframe is as tall as its content (to the pixel) and returns that height. */
async function frameFollows(page: Page, frameSelector: string): Promise<number> {
  let last = { frame: 0, content: -10 };
  await expect
    .poll(
      async () => {
        last = await heights(page, frameSelector);
        return Math.abs(last.frame - Math.ceil(last.content));
      },
      { timeout: 15_000 },
    )
    .toBeLessThanOrEqual(1);
  return last.frame;
}

async function frameChart(page: Page, frameSelector: string): Promise<Locator> {
  const frame: FrameLocator = page.frameLocator(frameSelector);
  const chart = frame.locator('[data-chart]');
  await expect(chart.locator('.plot svg').first()).toBeVisible({ timeout: 15_000 });
  return chart;
}

// A lazy chunk may still be on its way when a test ends: its routed fetch must not fail the test.
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test.describe('embeds in hostile host pages', () => {
  test('aggressive global CSS cannot reach into the chart, and the iframe follows its content, growing and shrinking', async ({
    page,
    baseURL,
  }) => {
    const errors = await openHost(page, 'hostile-css.html', baseURL);
    const tag = page.locator('#tag-chart');
    expectSane(await chartMetrics(tag), 'script + tag');
    // The host's `* { box-sizing: content-box }` and `div { padding }` do not reach the frame's boxes either.
    expect(await tag.evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.title')!).letterSpacing)).toBe('normal');
    expect(await tag.evaluate((el) => getComputedStyle(el).textAlign)).toBe('left');

    const frame = '#frame-chart';
    await page.locator(frame).scrollIntoViewIfNeeded();
    const chart = await frameChart(page, frame);
    expectSane(await chartMetrics(chart), 'iframe');
    const closed = await frameFollows(page, frame);
    expect(closed, 'the frame is taller than its 480 px default: the chart and its notes').toBeGreaterThan(480);

    // Opening the data table grows the frame; closing it shrinks it back.
    await chart.locator('details > summary').click();
    await expect(chart.locator('details')).toHaveAttribute('open');
    const open = await frameFollows(page, frame);
    expect(open).toBeGreaterThan(closed + 50);
    await chart.locator('details > summary').click();
    await expect(chart.locator('details')).not.toHaveAttribute('open');
    expect(Math.abs((await frameFollows(page, frame)) - closed)).toBeLessThanOrEqual(1);

    // A shorter view (fewer notes): the frame shrinks to it.
    await chart.evaluate((el) => el.setAttribute('view', 'record'));
    const shorter = await frameFollows(page, frame);
    expect(shorter).toBeLessThan(closed - 20);
    // No layout loop: the height holds still.
    await page.waitForTimeout(500);
    expect(Math.abs((await heights(page, frame)).frame - shorter)).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
  });

  test('a strict Content-Security-Policy (no inline script, no eval, Trusted Types) blocks nothing the embeds need', async ({
    page,
    baseURL,
  }) => {
    const errors = await openHost(page, 'csp.html', baseURL, { csp: true });
    expectSane(await chartMetrics(page.locator('#tag-chart')), 'script + tag under CSP');
    const chart = await frameChart(page, '#frame-chart');
    expectSane(await chartMetrics(chart), 'iframe under CSP');
    await frameFollows(page, '#frame-chart');
    // theme="dark" wins over the reader's light scheme, in the tag and in the frame.
    const bg = (loc: Locator): Promise<string> => loc.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await bg(page.locator('#tag-chart'))).toBe('rgb(21, 22, 26)');
    expect(await bg(chart)).toBe('rgb(21, 22, 26)');
    expect(errors).toEqual([]);
  });

  test("under style-src 'self' (no inline style), every chart and view draws each mark as it does without a policy", async ({
    page,
    baseURL,
    isMobile,
  }) => {
    // The same for both languages and sizes: one project, one language a view, alternating.
    test.skip(isMobile, 'desktop only');
    const views = (Object.keys(CHART_VIEWS) as ChartId[]).flatMap((id) => CHART_VIEWS[id].map((view) => [id, view] as const));
    const charts = chartTags(views);
    /** Every shape's and text's computed paint in each chart, in document order. */
    const paints = async (): Promise<string[][]> => {
      const elements = page.locator('.chart');
      await expect(elements).toHaveCount(views.length);
      const all: string[][] = [];
      for (let i = 0; i < views.length; i++) {
        const el = elements.nth(i);
        await el.scrollIntoViewIfNeeded();
        await expect(el.locator('.plot svg').first()).toBeVisible({ timeout: 15_000 });
        // Marks fade in and move for 450 ms after a first draw; read them where they settle.
        await page.waitForTimeout(500);
        all.push(
          await el.evaluate((host) =>
            [...host.shadowRoot!.querySelectorAll('.plot svg *, .legend svg *')]
              .filter((m) => !(m instanceof SVGGElement) && !(m instanceof SVGDefsElement))
              .map((m) => {
                const s = getComputedStyle(m);
                // The fill of a line, a pattern or a clip path is never seen.
                const fill = ['line', 'pattern', 'clipPath'].includes(m.localName) || m.closest('clipPath') ? '(unseen)' : s.fill;
                return `${m.localName} fill ${fill} ${s.fillOpacity} stroke ${s.stroke} ${s.strokeWidth} ${s.strokeDasharray} opacity ${s.opacity}`;
              }),
          ),
        );
      }
      return all;
    };
    const strictErrors = await openHost(page, 'strict-styles.html', baseURL, { charts, csp: true, strictStyles: true });
    const strict = await paints();
    expect(strictErrors).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('.chart').length)).toBe(views.length);
    await page.unrouteAll();
    await openHost(page, 'strict-styles.html', baseURL, { charts });
    const open = await paints();
    views.forEach(([id, view], i) => {
      expect(strict[i]!.length, `${id} ${view}: marks drawn`).toBeGreaterThan(3);
      expect(strict[i], `${id} ${view}: each mark's paint under the policy`).toEqual(open[i]);
    });
    // An estimate stays hollow and a target a bullseye: no mark falls back to a default solid black.
    const black = strict.flat().filter((p) => / fill rgb\(0, 0, 0\) /.test(p));
    expect(black).toEqual([]);
  });

  test('twelve charts on one page each render at a sane size, loading each chart’s code once', async ({ page, baseURL }) => {
    const pairs: [ChartId, string][] = [];
    const ids = Object.keys(CHART_VIEWS) as ChartId[];
    for (let round = 0; pairs.length < 12; round++) {
      for (const id of ids) {
        const views = CHART_VIEWS[id];
        if (pairs.length < 12) pairs.push([id, views[round % views.length]!]);
      }
    }
    const charts = chartTags(pairs);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const errors = await openHost(page, 'twelve.html', baseURL, { charts });
    const elements = page.locator('.chart');
    await expect(elements).toHaveCount(12);
    for (let i = 0; i < 12; i++) {
      const el = elements.nth(i);
      await el.scrollIntoViewIfNeeded();
      expectSane(await chartMetrics(el), `chart ${i + 1} (${pairs[i]!.join(' ')})`);
    }
    const repeated = scripts.filter((s, i) => scripts.indexOf(s) !== i);
    expect(repeated, 'scripts requested more than once').toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the library loaded twice, and a second copy of it, defines each element once and throws nothing', async ({ page, baseURL }) => {
    const errors = await openHost(page, 'twice.html', baseURL);
    expectSane(await chartMetrics(page.locator('#tag-chart')), 'kc-figures');
    expectSane(await chartMetrics(page.locator('kc-line-chart')), 'kc-line-chart');
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
  });

  test('unknown datasets, views and charts show a readable message inside the frame, with no exception', async ({ page, baseURL }) => {
    const errors = await openHost(page, 'unknown.html', baseURL);
    const message = (loc: Locator): Locator => loc.locator('.problem');
    await expect(message(page.locator('#bad-dataset'))).toContainText('There is no dataset called “gpd”. Datasets: gdp.');
    await expect(message(page.locator('#bad-view'))).toContainText('此图表没有名为“village”的视图');
    await expect(message(page.locator('#bad-view'))).toContainText('place');
    const badChart = page.frameLocator('#bad-chart');
    await expect(badChart.locator('.problem')).toContainText('There is no chart called “gdpp”.');
    await expect(page.frameLocator('#bad-frame-view').locator('[data-chart] .problem, .problem').first()).toContainText('targets');
    // The message frames are sized to the message, not left at 480 px.
    expect(await frameFollows(page, '#bad-chart')).toBeLessThan(300);
    // Fixed, the attribute draws the chart.
    await page.locator('#bad-view').evaluate((el) => el.setAttribute('view', 'villages'));
    expectSane(await chartMetrics(page.locator('#bad-view')), 'kc-figures after the fix');
    expect(errors).toEqual([]);
  });
});

test.describe('the loader sizes embed frames and nothing else', () => {
  test('an ad frame cannot make itself 99,999 px tall; an embed in a shadow root and a sandboxed one are sized', async ({
    page,
    baseURL,
  }) => {
    await page.route('http://ads.test/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>ad</title><p>Ad</p><script>
          setInterval(() => parent.postMessage({ type: 'kc-embed-height', id: 'gdp', height: 99999 }, '*'), 100);
        </script>`,
      }),
    );
    const errors = await openHost(page, 'frames.html', baseURL);
    const sandboxed = await frameChart(page, '#sandboxed');
    expect(await sandboxed.locator('.title').innerText()).not.toBe('');
    expect(await frameFollows(page, '#sandboxed'), 'the sandboxed frame follows its chart').toBeGreaterThan(300);
    await frameChart(page, '#in-shadow');
    expect(await frameFollows(page, '#in-shadow'), 'the frame in a shadow root follows its chart').toBeGreaterThan(300);
    await page.waitForTimeout(500);
    expect(await page.locator('#ad').evaluate((el) => el.getBoundingClientRect().height)).toBe(250);
    expect(errors).toEqual([]);
  });
});

test.describe('embed codes with values the charts do not have', () => {
  test('an unknown language or theme draws the chart in the default, with a warning naming the value, and throws nothing', async ({
    page,
    baseURL,
  }) => {
    const errors = await openHost(page, 'odd-values.html', baseURL);
    for (const id of ['lang-fr', 'lang-proto', 'lang-empty']) {
      const chart = page.locator(`#${id}`);
      expectSane(await chartMetrics(chart), `lang of #${id}`);
      await expect(chart).toHaveAttribute('lang', 'zh');
      await expect(chart.locator('.title')).toContainText('村');
    }
    const regional = page.locator('#lang-regional');
    expectSane(await chartMetrics(regional), 'lang="en-GB"');
    await expect(regional).toHaveAttribute('lang', 'en');
    const blue = page.locator('#theme-blue');
    expectSane(await chartMetrics(blue), 'theme="blue"');
    expect(await blue.getAttribute('theme')).toBeNull();
    await expect(blue.locator('.title')).toContainText('village');
    await expect.poll(() => errors.filter((e) => !e.startsWith('warning:'))).toEqual([]);
    expect(errors.sort()).toEqual(
      [
        'warning: <kc-figures> lang="": drawn in zh; the languages are zh, en.',
        'warning: <kc-figures> lang="__proto__": drawn in zh; the languages are zh, en.',
        'warning: <kc-figures> lang="fr": drawn in zh; the languages are zh, en.',
        'warning: <kc-figures> theme="blue": follows the reader\'s system; the themes are light, dark.',
      ].sort(),
    );
  });

  test('a message repeats at most a short, plain stretch of an untrusted value', async ({ page, baseURL }) => {
    const errors = await openHost(page, 'odd-values.html', baseURL);
    const value = `${'gdp'.repeat(2400)}\u202Eevil`;
    await page.evaluate(
      ([site, chart]) => {
        const frame = document.createElement('iframe');
        frame.id = 'long-chart';
        frame.title = 'A chart';
        frame.src = `${site}/embed/?chart=${encodeURIComponent(chart)}&lang=en`;
        document.querySelector('main')?.append(frame);
      },
      [SITE, value] as const,
    );
    const message = page.frameLocator('#long-chart').locator('.problem p').first();
    await expect(message).toContainText('There is no chart called');
    const text = await message.innerText();
    expect(text.length).toBeLessThan(300);
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/u);
    expect(errors.filter((e) => !e.startsWith('warning:'))).toEqual([]);
  });
});

test.describe('the iframe embed page while it loads', () => {
  for (const chart of ['gdp', 'map'] as const) {
    test(`${chart}: the chart takes the loading line’s place and nothing on the page shifts`, async ({ page }) => {
      const errors = watchConsole(page);
      await page.setViewportSize({ width: 412, height: 823 });
      await page.addInitScript(() => {
        const w = window as unknown as { __shifts: string[] };
        w.__shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
            w.__shifts.push(`${entry.value.toFixed(4)} ${entry.sources.map((s) => s.node?.nodeName).join(',')}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`./embed/?chart=${chart}&lang=en`);
      const element = page.locator(`main > ${CHART_TAGS[chart].tag}`);
      await expect(element.locator('.plot svg').first()).toBeVisible();
      // The credit line shows once the chart is in place, below it.
      const credit = page.locator('.embed-credit');
      await expect(credit).toBeVisible();
      const [chartBox, creditBox] = [await element.boundingBox(), await credit.boundingBox()];
      expect(creditBox!.y).toBeGreaterThanOrEqual(chartBox!.y + chartBox!.height - 1);
      expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  test('a chart whose code cannot load says so, and the credit line leads to the story', async ({ page }) => {
    await page.route('**/assets/element-*.js', (route) => route.abort('internetdisconnected'));
    await page.goto('./embed/?chart=villages&lang=en');
    await expect(page.locator('.embed-status')).toHaveText('This chart could not be drawn.');
    await expect(page.locator('.embed-credit a')).toBeVisible();
  });
});
