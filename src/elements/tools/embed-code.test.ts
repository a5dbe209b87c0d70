import { describe, expect, it } from 'vitest';
import { CHART_TAGS, type ChartId } from '../../charts/kit/registry.ts';
import {
  downloadName,
  embedPath,
  embedUrl,
  escapeAttr,
  iframeEmbedCode,
  scriptEmbedCode,
  siteBase,
  type EmbedChoice,
} from './embed-code.ts';

const base = 'https://example.org/kecheng/';
const gdp: EmbedChoice = { chart: 'gdp', view: 'target', lang: 'en', theme: 'light' };

describe('siteBase(pageUrl, rootHref)', () => {
  it.each([
    ['https://example.org/kecheng/', 'https://example.org/kecheng/'],
    ['https://example.org/kecheng/index.html#gdp-plan', 'https://example.org/kecheng/'],
    ['https://example.org/kecheng/en/', 'https://example.org/kecheng/'],
    ['https://example.org/kecheng/en/index.html?x=1', 'https://example.org/kecheng/'],
    ['https://example.org/kecheng/embed/?chart=gdp', 'https://example.org/kecheng/'],
    ['https://example.org/kecheng/embed/gdp/target/en/', 'https://example.org/kecheng/'],
    ['https://example.org/kecheng/embed/tracker/gdp-2026/zh/index.html?theme=dark', 'https://example.org/kecheng/'],
    ['http://127.0.0.1:4330/en/#scorecard', 'http://127.0.0.1:4330/'],
  ])('the root of %s is %s', (page, root) => {
    expect(siteBase(page)).toBe(root);
  });

  it('prefers the root the page names, resolved against the page', () => {
    expect(siteBase('https://example.org/a/en/', '../')).toBe('https://example.org/a/');
    expect(siteBase('https://example.org/a/', './')).toBe('https://example.org/a/');
  });
});

describe('escapeAttr(value)', () => {
  it('escapes quotes and angle brackets', () => {
    expect(escapeAttr('"<b>"')).toBe('&quot;&lt;b&gt;&quot;');
  });
  it('escapes an ampersand only where it would start a character reference', () => {
    expect(escapeAttr('?a=1&b=2')).toBe('?a=1&b=2');
    expect(escapeAttr('R&D &amp; &#39;')).toBe('R&D &amp;amp; &amp;#39;');
  });
});

describe('scriptEmbedCode(base, choice)', () => {
  it('loads the library and writes the element with dataset, view, lang and theme', () => {
    expect(scriptEmbedCode(base, gdp)).toBe(
      '<script type="module" src="https://example.org/kecheng/lib/kc-charts.js"></script>\n' +
        '<kc-line-chart dataset="gdp" view="target" lang="en" theme="light"></kc-line-chart>',
    );
  });

  it('leaves out the theme when it follows the reader, and the dataset where the chart has none', () => {
    const code = scriptEmbedCode(base, { chart: 'scorecard', view: 'missed', lang: 'zh', theme: 'auto' });
    expect(code).toContain('<kc-scorecard view="missed" lang="zh"></kc-scorecard>');
  });

  it.each(Object.keys(CHART_TAGS) as ChartId[])('writes the registered tag of the %s chart', (chart) => {
    expect(scriptEmbedCode(base, { chart, view: 'v', lang: 'zh', theme: 'dark' })).toContain(`<${CHART_TAGS[chart].tag} `);
  });

  it('escapes a hostile view so it cannot leave its attribute', () => {
    const code = scriptEmbedCode(base, { ...gdp, view: '"><script>alert(1)</script>' });
    expect(code).not.toContain('<script>alert');
    expect(code).toContain('view="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});

describe('iframeEmbedCode(base, choice, frame)', () => {
  it('frames the static chart page of the view and language, with the theme, its title and height, then the loader', () => {
    expect(iframeEmbedCode(base, gdp, { title: 'GDP "target"', height: 612.3 })).toBe(
      '<iframe src="https://example.org/kecheng/embed/gdp/target/en/?theme=light" ' +
        'title="GDP &quot;target&quot;" width="100%" height="613" style="border:0;width:100%" loading="lazy"></iframe>\n' +
        '<script src="https://example.org/kecheng/embed/loader.js" async></script>',
    );
  });

  it('omits the theme parameter when auto and encodes the view', () => {
    expect(embedUrl(base, { chart: 'income', view: 'a&b c/d', lang: 'zh', theme: 'auto' })).toBe(
      'https://example.org/kecheng/embed/income/a%26b%20c%2Fd/zh/',
    );
  });

  it('names each static page by chart, view and language', () => {
    expect(embedPath({ chart: 'tracker', view: 'gdp-2026', lang: 'zh' })).toBe('embed/tracker/gdp-2026/zh/');
  });
});

describe('downloadName(choice, extension)', () => {
  it('names the file by chart, view and language', () => {
    expect(downloadName(gdp, 'csv')).toBe('kecheng-gdp-target-en.csv');
    expect(downloadName({ chart: 'tracker', view: 'gdp-2026', lang: 'zh' }, 'png')).toBe('kecheng-tracker-gdp-2026-zh.png');
  });
  it('keeps only safe characters', () => {
    expect(downloadName({ chart: 'gdp', view: '../x y', lang: 'en' }, 'svg')).toBe('kecheng-gdp-x-y-en.svg');
  });
});
