import { describe, expect, it } from 'vitest';
import { offlineFile, offlineHtml } from './offline-plugin.ts';

const page = `<!doctype html><html lang="en"><head>
<link rel="stylesheet" crossorigin href="../assets/main-1.css">
<link rel="modulepreload" crossorigin href="../assets/chunk-2.js">
<link rel="alternate" hreflang="zh-Hans" href="https://kecheng.example/">
<link rel="canonical" href="https://kecheng.example/en/">
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
<link rel="icon" href="../favicon.png" type="image/png" sizes="48x48">
<link rel="apple-touch-icon" href="../apple-touch-icon.png">
<script type="application/ld+json">{"@type":"NewsArticle"}</script>
</head><body>
<a class="lang-switch" href="../" hreflang="zh">中文</a>
<nav class="classroom-links" aria-label="Print"><a href="./handout/">Handout</a></nav>
<section><noscript><figure><img src="../charts/en/gdp.svg" alt="GDP"></figure></noscript></section>
<script type="module">requestAnimationFrame(() => import("../assets/main-3.js"));</script>
</body></html>`;

const parts = {
  css: (href: string): string => (href === '../assets/main-1.css' ? 'body{color:red}' : 'missing'),
  js: 'const a = "$&$`$\'"; if (x) { document.title = "</script>"; }',
  scriptCss: '.slide{color:blue}',
  image: (src: string): string =>
    src === '../charts/en/gdp.svg' ? '<svg xmlns="http://www.w3.org/2000/svg"><text>中</text></svg>' : 'missing',
  otherLangHref: './kecheng-five-years-zh.html',
  icon: '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
};

describe('offlineHtml(page, parts)', () => {
  const html = offlineHtml(page, parts);

  it('writes the stylesheets and the script into the page, and refers to no other file', () => {
    expect(html).toContain('<style>body{color:red}</style>');
    expect(html).toContain('<style>.slide{color:blue}</style>\n</head>');
    expect(html).not.toMatch(/<link rel="(stylesheet|modulepreload|alternate)"/);
    expect(html).not.toContain('assets/');
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('keeps the script as it is, `$` patterns and all, with `</script` escaped', () => {
    const script = /<script type="module">([^]*)<\/script>/.exec(html)?.[1];
    expect(script).toBe('const a = "$&$`$\'"; if (x) { document.title = "<\\/script>"; }');
  });

  it("carries the step images as data, points the language switch at the other copy and drops the teachers' links", () => {
    const data = /<img src="data:image\/svg\+xml;base64,([^"]+)"/.exec(html)?.[1] ?? '';
    expect(Buffer.from(data, 'base64').toString('utf8')).toBe(parts.image('../charts/en/gdp.svg'));
    expect(html).toContain('<a class="lang-switch" href="./kecheng-five-years-zh.html"');
    expect(html).not.toContain('classroom-links');
  });

  it('names the files by story and language', () => {
    expect(offlineFile('zh')).toBe('offline/kecheng-five-years-zh.html');
    expect(offlineFile('en')).toBe('offline/kecheng-five-years-en.html');
  });

  it('asks for no icon file: the SVG icon comes as a data: URL, the others and the canonical link go', () => {
    const icons = html.match(/<link rel="(?:icon|apple-touch-icon|canonical)"[^>]*>/g) ?? [];
    expect(icons).toHaveLength(1);
    const href = /href="data:image\/svg\+xml;base64,([^"]+)"/.exec(icons[0] ?? '')?.[1] ?? '';
    expect(Buffer.from(href, 'base64').toString('utf8')).toBe(parts.icon);
    expect(offlineHtml(page, { ...parts, icon: undefined })).not.toMatch(/<link rel="(?:icon|apple-touch-icon)"/);
  });
});
