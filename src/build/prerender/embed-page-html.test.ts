import { describe, expect, it } from 'vitest';
import { embedPageHtml, rebaseHref, type EmbedPage } from './embed-page-html.ts';

/** The shape of the built query-string page (dist/embed/index.html). */
const template = `<!doctype html>
<html lang="zh-Hans">
  <head>
    <title>柯城五年 · Kecheng, five years</title>
    <meta name="description" content="柯城五年：一幅图表" />
    <meta name="robots" content="noindex" />
    <link rel="icon" href="data:," />
    <script type="module" crossorigin src="../assets/embed-x.js"></script>
    <link rel="modulepreload" crossorigin href="../assets/preload-helper-z.js">
    <link rel="stylesheet" crossorigin href="../assets/embed-y.css">
  </head>
  <body>
    <main>
      <h1 class="sr-only">柯城五年</h1>
      <p class="embed-status" role="status">图表加载中…… · <span lang="en">Loading the chart…</span></p>
      <noscript
        ><p class="embed-noscript">此图表需要 JavaScript。</p></noscript
      >
    </main>
    <footer class="embed-credit"><a href="../" target="_blank" rel="noopener">柯城五年：阅读完整报道</a></footer>
  </body>
</html>`;

const page: EmbedPage = {
  dir: 'embed/gdp/target/en/',
  lang: 'en',
  title: 'The 2026 goal: <GDP> & "$1"',
  siteTitle: 'Kecheng, five years · chart',
  chartHtml: '<kc-line-chart data-chart="gdp"><template shadowrootmode="open"><svg></svg></template></kc-line-chart>',
  credit: { text: 'Read the full story', story: 'en/' },
  oembedUrl: 'https://kecheng.example/embed/gdp/target/en/oembed.json',
};

describe('rebaseHref(href, fromDir, toDir)', () => {
  it.each([
    ['../assets/a.js', 'embed/', 'embed/gdp/target/en/', '../../../../assets/a.js'],
    ['../', 'embed/', 'embed/gdp/target/en/', '../../../../'],
    ['en/', '', 'embed/gdp/target/en/', '../../../../en/'],
    ['./', '', 'embed/map/plan/zh/', '../../../../'],
    ['./loader.js', 'embed/', 'embed/', './loader.js'],
  ])('%s in %s is %s from %s', (href, from, to, expected) => {
    expect(rebaseHref(href, from, to)).toBe(expected);
  });
});

describe('embedPageHtml(template, page)', () => {
  const html = embedPageHtml(template, page);
  it('points the script and styles at the site root from four folders down', () => {
    expect(html).toContain('<script type="module" fetchpriority="low" crossorigin src="../../../../assets/embed-x.js">');
    expect(html).toContain('href="../../../../assets/embed-y.css"');
    expect(html).toContain('href="data:,"');
  });
  it('fetches its script and the module that script imports at low priority: neither holds up the paint', () => {
    expect(html).toContain('<link rel="modulepreload" fetchpriority="low" crossorigin href="../../../../assets/preload-helper-z.js">');
  });
  it('may be listed: the noindex of the page that draws any view is gone', () => {
    expect(template).toContain('noindex');
    expect(embedPageHtml(template, page)).not.toContain('noindex');
  });

  it("takes the chart's language, and its title (escaped) for the page's title and description", () => {
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>The 2026 goal: &#60;GDP&#62; &#38; &#34;$1&#34; · Kecheng, five years · chart</title>');
    expect(html).toContain('<meta name="description" content="The 2026 goal: &#60;GDP&#62; &#38; &#34;$1&#34;" />');
  });
  it('links its oEmbed JSON for discovery', () => {
    expect(html).toContain(
      '<link rel="alternate" type="application/json+oembed" href="https://kecheng.example/embed/gdp/target/en/oembed.json" title="The 2026 goal: &#60;GDP&#62; &#38; &#34;$1&#34;" />\n  </head>',
    );
  });
  it('holds the prerendered chart in place of the loading line and the no-script note', () => {
    expect(html).toContain(`<h1 class="sr-only">柯城五年</h1>\n      ${page.chartHtml}\n    </main>`);
    expect(html).not.toContain('embed-status');
    expect(html).not.toContain('noscript');
  });
  it("credits the story in the page's language", () => {
    expect(html).toContain('<a href="../../../../en/" target="_blank" rel="noopener">Read the full story</a></footer>');
  });
  it('fails when the built page has changed shape', () => {
    expect(() => embedPageHtml(template.replace('<p class="embed-status"', '<p class="status"'), page)).toThrow(/embed-status/);
  });
});
