/**
 * Titles and copy break at words: for every chart title and subtitle (every chart, every view, both languages) and
 * every heading and paragraph of the story, each place a line may break is a word boundary as Intl.Segmenter finds
 * it, and no year range, number and unit, or punctuation is split from what it belongs to.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_DEFINITIONS } from '../../charts/definitions.ts';
import { CHART_TAGS, CHART_VIEWS, type ChartId } from '../../charts/kit/registry.ts';
import type { Size } from '../../charts/kit/size.ts';
import { lineParts, lineRuns } from '../../model/line-breaks.ts';
import type { Lang } from '../../model/types.ts';
import { htmlProblems } from '../../test-utils/html-check.ts';
import { loadData, loadStory } from '../story/load-story.ts';
import type { CopyNode } from '../story/story-model.ts';
import { lineRunsHtml } from './line-runs-html.ts';
import { copyToHtml } from './render-html.ts';
import { STATIC_SIZE } from './static-chart.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const data = loadData(ROOT);
const stories = loadStory(ROOT, 'kecheng-five-years', data);
const LANGS = ['zh', 'en'] as const;

/** The sizes charts are drawn at in the snapshots and the build; a title may depend on the room. */
const SIZES: Size[] = [STATIC_SIZE, { width: 640, height: 400 }, { width: 360, height: 300 }];

/** Every chart title and subtitle, every view, one language. */
function chartTitles(lang: Lang): string[] {
  const titles = (Object.keys(CHART_VIEWS) as ChartId[]).flatMap((id) =>
    CHART_VIEWS[id].flatMap((view) =>
      SIZES.flatMap((size) => {
        const entry = CHART_TAGS[id];
        const { text } = CHART_DEFINITIONS[id].model(data, view, size, lang, 'dataset' in entry ? entry.dataset : undefined);
        return [text.title, ...(text.subtitle ? [text.subtitle] : [])];
      }),
    ),
  );
  return [...new Set(titles)];
}

const plain = (nodes: CopyNode[]): string =>
  nodes.map((n) => (n.type === 'text' || n.type === 'figure' ? n.text : plain(n.children))).join('');

/** The story's headline, dek, chapter headings and step paragraphs, one language. */
function storyTexts(lang: Lang): string[] {
  const story = stories[lang];
  return [
    story.title,
    ...story.dek.map(plain),
    ...story.steps.flatMap((step) => [...(step.chapter ? [step.chapter] : []), ...step.text.map(plain)]),
  ];
}

/** Offsets where the runs of `text` meet: the only places a line may break. */
function breaks(text: string, lang: Lang): number[] {
  const runs = lineRuns(text, lang);
  return runs.slice(0, -1).map((_, i) => runs.slice(0, i + 1).join('').length);
}

const segmentBoundaries = (text: string, lang: Lang): Set<number> =>
  new Set([...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].map((s) => s.index));

/** Stretches that must never be split, written here independently of the breaker's own patterns. */
const WHOLE: Record<Lang, RegExp[]> = {
  zh: [/\d{4}\s*[–—-]\s*\d{4}(?:\s?年)?/g, /\d[\d.]*\s?(?:个百分点|亿元|万元|元|%|个|项|年|倍)/g],
  en: [/\d{4}\s*[–—-]\s*\d{4}/g, /\d[\d.,]*%/g, /\d[\d.,]*\s(?:billion yuan|yuan)/g],
};
const NOT_FIRST = /^[，。、：；！？）》」”’%,.;:!?)]/;
const NOT_LAST = /[（《「“‘(]$/;

describe.each(LANGS)('every title and text breaks at words only (%s)', (lang) => {
  const texts = [...chartTitles(lang), ...storyTexts(lang)];

  it('finds the titles of every chart and view, and the story', () => {
    expect(chartTitles(lang).length).toBeGreaterThanOrEqual(40);
    expect(texts.length).toBeGreaterThan(100);
  });

  it.each(texts.map((text) => [text]))('%s', (text) => {
    const runs = lineRuns(text, lang);
    expect(runs.join('')).toBe(text);
    const words = segmentBoundaries(text, lang);
    const at = breaks(text, lang);
    expect(
      at.filter((i) => !words.has(i)),
      'a break inside a word',
    ).toEqual([]);
    for (const pattern of WHOLE[lang]) {
      for (const match of text.matchAll(pattern)) {
        const inside = at.filter((i) => i > match.index && i < match.index + match[0].length);
        expect(inside, `a break inside "${match[0]}"`).toEqual([]);
      }
    }
    expect(
      runs.slice(1).filter((run) => NOT_FIRST.test(run)),
      'a line starting with closing punctuation',
    ).toEqual([]);
    expect(
      runs.filter((run) => NOT_LAST.test(run.trimEnd())),
      'a line ending with an opening bracket',
    ).toEqual([]);
    // Where the browser itself would break inside a run (a space, a dash), the run is held on one line.
    for (const part of lineParts(text, lang)) if (/\s|[–—-]\S/.test(part.word)) expect(part.hold, part.word).toBe(true);
  });
});

describe('the English year range', () => {
  it('stays whole, held on one line', () => {
    expect(lineRuns('GDP grew 6.1% a year in 2016–2020, short', 'en')).toContain('2016–2020, ');
    expect(lineRunsHtml('in 2016–2020, short', 'en')).toBe('in <span class="nobr">2016–2020,</span> short');
  });
});

const HOSTILE = `<img src=x onerror=alert(1)> "dq" 'sq' & amp`;
const TAGS = new Set(['em', 'strong', 'a', 'data', 'wbr', 'span']);
const textOf = (html: string): string =>
  html.replace(/<[^>]*>/g, '').replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)));

describe('lineRunsHtml(text, lang)', () => {
  it('writes the runs of a zh title with a <wbr> between them and a number and its unit held', () => {
    expect(lineRunsHtml('2025 年达到 350 亿元，需年均增长 8.2%', 'zh')).toBe(
      '<span class="nobr">2025 年</span><wbr>达到 <span class="nobr">350 亿元，</span><wbr>需年均<wbr>增长 8.2%',
    );
  });

  it.each(LANGS)('escapes every piece of text (%s)', (lang) => {
    const html = lineRunsHtml(`标题 ${HOSTILE} 2016—2020 年`, lang);
    expect(html).not.toContain('<img');
    expect(htmlProblems(html, { allowedTags: TAGS, strict: true })).toEqual([]);
    expect(textOf(html)).toBe(`标题 ${HOSTILE} 2016—2020 年`);
  });
});

describe('copyToHtml(nodes, lang)', () => {
  const nodes: CopyNode[] = [
    { type: 'text', text: '2015年，地区生产总值为' },
    { type: 'figure', text: '158.45 亿元', value: 158.45, cite: `x" ${HOSTILE}`, receipt: { lines: [] } },
    { type: 'text', text: '；2016—2020年年均增长' },
    { type: 'strong', children: [{ type: 'text', text: `未完成 ${HOSTILE}` }] },
    { type: 'text', text: '。' },
  ];

  it('breaks between runs found over the whole paragraph, before a figure too, never inside one', () => {
    const html = copyToHtml(nodes, 'zh');
    expect(html).toMatch(/^2015年，<wbr>地区生产总值<wbr>为<wbr><data class="fig" value="158.45" title="[^"]*">158.45\u00a0亿元<\/data>；/);
    expect(html).toContain('<span class="nobr">2016—2020年</span>');
    expect(htmlProblems(html, { allowedTags: TAGS, strict: true })).toEqual([]);
    expect(textOf(html)).toBe(textOf(copyToHtml(nodes)));
  });

  it.each(stories.zh.steps.map((step) => [step.id, step]))('keeps the text of step %s as it is', (_id, step) => {
    for (const paragraph of step.text) expect(textOf(copyToHtml(paragraph, 'zh'))).toBe(textOf(copyToHtml(paragraph)));
  });
});
