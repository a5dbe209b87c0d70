/**
 * Rendering never inserts copy or data as markup: every string that reaches the story HTML (or a chart's
 * standalone SVG) from a story file or a data file comes out escaped, in text and in attributes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import archieml from 'archieml';
import type { DataBundle, Lang } from '../../model/types.ts';
import { validateBundle } from '../data/validate.ts';
import { htmlProblems } from '../../test-utils/html-check.ts';
import { buildStory } from '../story/build-story.ts';
import { loadStory } from '../story/load-story.ts';
import { escapeHtml } from './escape-html.ts';
import { copyToHtml, renderStoryHtml } from './render-html.ts';
import { standalonePlotSvg } from './static-chart.ts';
import type { CopyNode, Story } from '../story/story-model.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const IMG = '<img src=x onerror=alert(1)>';
/** Every character HTML gives a meaning to, around a tag that would run a script. */
const HOSTILE = `${IMG} "dq" 'sq' & amp`;
const IMG_ESCAPED = '&#60;img src=x onerror=alert(1)&#62;';
const HOSTILE_ESCAPED = `${IMG_ESCAPED} &#34;dq&#34; &#39;sq&#39; &#38; amp`;
const HOSTILE_URL = 'https://example.org/"><img/src=x/onerror=alert(1)>';

/** `json` with the hostile text after every text in either language and every locator, and in every URL. */
function poison(json: unknown, key = ''): unknown {
  if (Array.isArray(json)) return json.map((v) => poison(v));
  if (typeof json === 'object' && json !== null) {
    return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, poison(v, k)]));
  }
  if (typeof json !== 'string') return json;
  if (key === 'zh' || key === 'en' || key === 'locator') return `${json} ${HOSTILE}`;
  if (key === 'url') return HOSTILE_URL;
  if (key === 'document') return HOSTILE;
  return json;
}

/** The real data with hostile text wherever text may go: still valid, as validation checks shape, not content. */
const hostile: DataBundle = (() => {
  const files: Record<string, unknown> = {};
  for (const name of readdirSync(join(ROOT, 'data')).filter((n) => n.endsWith('.json'))) {
    files[`data/${name}`] = poison(JSON.parse(readFileSync(join(ROOT, 'data', name), 'utf8')));
  }
  return validateBundle(files);
})();

/** Copy may not hold tags (the parser refuses them), but every other special character it may. */
const storyText = (lang: Lang) => `title: Title "dq" 'sq' & > ${lang}
dek: Dek & "dq" with {gdp:2020} and 'sq' >.
byline: By "dq" & 'sq'
updated: 2026-11-21

[steps]
id: one
chapter: Chapter "dq" & 'sq' <- >
chart: gdp
view: record
alt: Alt "dq" & 'sq' > x
text: GDP was {gdp:2015}, then **{gdp:2020}** & "more" > 'less'. [A "link" & more](https://github.com/?a=1&b=2). Growth {cagr:gdp:2015:2020}.

In retail, *{ind:scorecard.retail-sales.value2020}*.
:end
[]

[corrections]
date: 2026-12-05
kind: correction
text: Correction "dq" & 'sq' > of {gdp:2020}, [a "link" & more](https://github.com/?c=1&d=2).
:end
[]
`;

const story = (lang: Lang): Story => buildStory(archieml.load(storyText(lang)), `stories/t/${lang}.aml`, 't', lang, hostile);
const reEscape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every figure in some copy, nested or not. */
function figuresIn(nodes: CopyNode[]): Extract<CopyNode, { type: 'figure' }>[] {
  return nodes.flatMap((n) => (n.type === 'figure' ? [n] : n.type === 'text' ? [] : figuresIn(n.children)));
}

/** The real story, its numbers and citations resolved from the hostile data. */
const realStory = loadStory(ROOT, 'kecheng-five-years', hostile);

describe('escapeHtml', () => {
  it('escapes & < > " and \'', () => {
    expect(escapeHtml(HOSTILE)).toBe(HOSTILE_ESCAPED);
    expect(escapeHtml('&#60;')).toBe('&#38;#60;');
  });
});

describe('copyToHtml(nodes)', () => {
  it('escapes text, nested or not', () => {
    const html = copyToHtml([
      { type: 'text', text: HOSTILE },
      { type: 'em', children: [{ type: 'text', text: HOSTILE }] },
      { type: 'strong', children: [{ type: 'em', children: [{ type: 'text', text: HOSTILE }] }] },
    ]);
    expect(html).toBe(`${HOSTILE_ESCAPED}<em>${HOSTILE_ESCAPED}</em><strong><em>${HOSTILE_ESCAPED}</em></strong>`);
    expect(htmlProblems(html, { strict: true })).toEqual([]);
  });

  it("escapes a link's target and text", () => {
    const html = copyToHtml([
      { type: 'link', href: 'https://example.org/"onmouseover="alert(1)', children: [{ type: 'text', text: HOSTILE }] },
    ]);
    expect(html).toBe(`<a href="https://example.org/&#34;onmouseover=&#34;alert(1)">${HOSTILE_ESCAPED}</a>`);
    expect(htmlProblems(html, { strict: true })).toEqual([]);
  });

  it("escapes a figure's text and its cite attribute", () => {
    const html = copyToHtml([
      { type: 'figure', text: HOSTILE, value: 1.5, cite: `x" onmouseover="alert(1)" y='z' & ${IMG}`, receipt: { lines: [] } },
    ]);
    expect(html).toContain(`title="x&#34; onmouseover=&#34;alert(1)&#34; y=&#39;z&#39; &#38; ${IMG_ESCAPED}"`);
    expect(html).toContain(`>${HOSTILE_ESCAPED.replace(' ', '\u00a0')}</data>`);
    expect(html).not.toContain('<img');
    expect(htmlProblems(html, { strict: true })).toEqual([]);
  });
});

describe('a story built from hostile data', () => {
  it.each(['zh', 'en'] as const)('carries the hostile text in its figures (%s), unescaped until rendering', (lang) => {
    const figures = figuresIn((story(lang).steps[0]?.text ?? []).flat());
    // The model holds plain text; only rendering escapes (once: never "&#38;#60;").
    expect(figures.map((f) => f.cite).join('\n')).toContain(`${HOSTILE}: `);
    expect(figures.map((f) => f.text).join('\n')).toContain(HOSTILE);
    expect(renderStoryHtml(story(lang), hostile, '../', './')).not.toContain('&#38;#60;');
  });

  it.each(['zh', 'en'] as const)('renders (%s) with every piece of copy and data escaped', (lang) => {
    const html = renderStoryHtml(story(lang), hostile, `../"><img src=x onerror=alert(1)>`, './');
    expect(htmlProblems(html)).toEqual([]);
    expect(html).not.toContain(IMG);
    expect(html).not.toContain('<img/src=x');
    // A figure links to its receipt, which names the source and the locator; the indicator's unit in its text.
    expect(html).toMatch(/<a class="fig-link" id="[^"]*-r1-ref" href="#[^"]*-r1"><data class="fig" value="[^"]*">/);
    expect(html).toMatch(new RegExp(`<p class="receipt-where">(?:(?!</p>).)*${reEscape(HOSTILE_ESCAPED)}`));
    expect(html).toContain(`${HOSTILE_ESCAPED}</data>`);
    // A source's URL in the sources list, and the other language's link.
    expect(html).toContain('href="https://example.org/&#34;&#62;&#60;img/src=x/onerror=alert(1)&#62;"');
    expect(html).toContain('href="../&#34;&#62;&#60;img src=x onerror=alert(1)&#62;"');
    // Copy: title, byline, chapter, alt text, step text, link.
    expect(html).toContain(`<h1>Title &#34;dq&#34; &#39;sq&#39; &#38; &#62; ${lang}</h1>`);
    expect(html).toContain('By &#34;dq&#34; &#38; &#39;sq&#39;');
    expect(html).toContain('<h2 class="chapter">Chapter &#34;dq&#34; &#38; &#39;sq&#39; &#60;- &#62;</h2>');
    expect(html).toContain('data-alt="Alt &#34;dq&#34; &#38; &#39;sq&#39; &#62; x"');
    expect(html).toContain('&#38; &#34;more&#34; &#62; &#39;less&#39;');
    expect(html).toContain('<a href="https://github.com/?a=1&#38;b=2">A &#34;link&#34; &#38; more</a>');
    // The corrections log: its text, its figure and its link, as in the steps.
    expect(html).toContain('Correction &#34;dq&#34; &#38; &#39;sq&#39; &#62; of <a class="fig-link" id="corrections-r1-ref"');
    expect(html).toContain('<a href="https://github.com/?c=1&#38;d=2">a &#34;link&#34; &#38; more</a>');
  });

  it.each(['zh', 'en'] as const)('renders the real story (%s) on hostile data, charts and tables included, all escaped', (lang) => {
    const html = renderStoryHtml(realStory[lang], hostile, '../', './');
    expect(htmlProblems(html)).toEqual([]);
    expect(html).not.toContain(IMG);
    expect(html).not.toContain('<img/src=x');
    expect(html).toContain(HOSTILE_ESCAPED);
  });

  it("writes each step's standalone SVG from hostile data with everything escaped", { timeout: 30_000 }, () => {
    for (const lang of ['zh', 'en'] as const) {
      const seen = new Set<string>();
      for (const step of realStory[lang].steps) {
        const key = `${step.chart}/${step.view}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const svg = standalonePlotSvg(step.chart, step.view, lang, hostile);
        expect(htmlProblems(svg), `${lang} ${key}`).toEqual([]);
        expect(svg, `${lang} ${key}`).not.toContain(IMG);
      }
    }
  });

  it('renders a story model with hostile text in every field the parser would let through', () => {
    const s: Story = {
      id: 't',
      lang: 'en',
      title: HOSTILE,
      dek: [[{ type: 'text', text: HOSTILE }]],
      byline: HOSTILE,
      updated: '2026-11-21',
      steps: [
        {
          id: 'one',
          chart: 'gdp',
          view: 'record',
          chapter: HOSTILE,
          alt: HOSTILE,
          text: [
            [
              { type: 'text', text: HOSTILE },
              { type: 'figure', text: HOSTILE, value: 1, cite: HOSTILE, receipt: { lines: [] } },
            ],
          ],
          note: [[{ type: 'text', text: HOSTILE }]],
        },
      ],
      corrections: [
        {
          date: '2026-12-05',
          kind: 'update',
          text: [
            { type: 'text', text: HOSTILE },
            { type: 'figure', text: HOSTILE, value: 1, cite: HOSTILE, receipt: { lines: [] } },
          ],
        },
      ],
    };
    const html = renderStoryHtml(s, hostile, HOSTILE, './');
    expect(htmlProblems(html)).toEqual([]);
    expect(html).not.toContain(IMG);
    // Title, dek, byline, chapter, alt, text, figure text and cite, both language links, the corrections
    // log's text and figure: all there, escaped.
    expect(html.split(HOSTILE_ESCAPED).length - 1).toBeGreaterThanOrEqual(13);
  });
});

describe('the HTML checker used above', () => {
  it.each([
    `<p>${IMG}</p>`,
    'a < b',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="java&#x73;cript&colon;alert(1)">x</a>',
    '<data title="x" onmouseover="y">1</data>',
    '<data title="a"b">1</data>',
    '<script>x</script>',
    '<svg><foreignObject></foreignObject></svg>',
  ])('finds the problem in %s', (html) => {
    expect(htmlProblems(html)).not.toEqual([]);
  });
  it('passes escaped text and harmless tags', () => {
    expect(htmlProblems(`<p class="x">${HOSTILE_ESCAPED}</p><a href="https://e.org/?a&#38;b">y</a>`, { strict: true })).toEqual([]);
    expect(htmlProblems('<style>a > b { color: red }</style><svg xmlns:xlink="x" viewBox="0 0 1 1"><text>a &lt; b</text></svg>')).toEqual(
      [],
    );
    expect(htmlProblems('a & b', { strict: true })).not.toEqual([]);
  });
});
