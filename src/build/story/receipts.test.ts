import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isSeedDocument } from '../data/quotes.ts';
import { receiptHtml } from '../prerender/receipts-html.ts';
import { locatorText } from '../../model/locator-text.ts';
import { LANGS, loadData, loadStory } from './load-story.ts';
import type { CopyNode, Paragraph } from './story-model.ts';

// Every figure of the story's copy carries its receipt (issue 15): the lines of the sources it comes from, each from
// a source document with its quote and the figure marked in it, or from a public source said to be outside them.

const root = resolve(import.meta.dirname, '../../..');
const data = loadData(root);
const story = loadStory(root, 'kecheng-five-years', data);
type Figure = Extract<CopyNode, { type: 'figure' }>;

function figures(paragraphs: Paragraph[]): Figure[] {
  const walk = (nodes: CopyNode[]): Figure[] =>
    nodes.flatMap((n) => (n.type === 'figure' ? [n] : n.type === 'text' ? [] : walk(n.children)));
  return paragraphs.flatMap(walk);
}

describe.each(LANGS)('the receipts of the %s story', (lang) => {
  const s = story[lang];
  const all = [
    ...figures(s.dek).map((f) => ({ where: 'dek', f })),
    ...s.steps.flatMap((step) => figures(step.text).map((f) => ({ where: step.id, f }))),
    ...s.corrections.flatMap((c) => figures([c.text]).map((f) => ({ where: `correction ${c.date}`, f }))),
  ];

  test('the copy has figures', () => expect(all.length).toBeGreaterThan(40));

  test('every line from a source document quotes it; every other names a public source', () => {
    const bad = all.flatMap(({ where, f }) =>
      f.receipt.lines
        .filter((line) => {
          const document = data.sources[line.source]?.document ?? '';
          return isSeedDocument(document) ? !line.quote : !data.sources[line.source];
        })
        .map((line) => `${where} ${f.text}: ${line.source} ${line.locator}`),
    );
    expect(bad).toEqual([]);
  });

  test('a figure a source states is marked in its quote; a computed one says how it was computed', () => {
    const bad = all.filter(({ f }) => {
      if (f.receipt.how) return false;
      return f.receipt.lines.some((line) => line.quote && line.marks.length === 0);
    });
    expect(bad.map(({ where, f }) => `${where}: ${f.text}`)).toEqual([]);
    expect(all.filter(({ f }) => f.receipt.lines.length > 1 && !f.receipt.how).map(({ f }) => f.text)).toEqual([]);
  });
});

test('a receipt shows the quote with its figure marked, the gloss in English, and where the line stands', () => {
  const gdp = story.en.steps.flatMap((s) => figures(s.text)).find((f) => f.receipt.lines[0]?.marks[0] === '236.48');
  expect(gdp).toBeDefined();
  if (!gdp) return;
  const html = receiptHtml('x-r1', gdp.text, gdp.receipt, 'en', data);
  expect(html).toContain('<mark>236.48</mark>');
  expect(html).toMatch(/<blockquote class="receipt-quote" lang="zh-Hans">[^<]*<mark>/);
  expect(html).toContain('class="receipt-gloss" lang="en"');
  expect(html).toContain('Kecheng 14th Five-Year Plan outline');
  expect(receiptHtml('x-r1', gdp.text, gdp.receipt, 'zh', data)).not.toContain('receipt-gloss');
});

test('a ratio the data derives says how, with both numbers marked in the rows it comes from', () => {
  const ratio = story.en.steps.flatMap((s) => figures(s.text)).find((f) => f.receipt.lines[0]?.locator.startsWith('derived: 52862/28138'));
  expect(ratio?.receipt.how).toBe("Computed from the source's figures: 52862 ÷ 28138.");
  expect(ratio?.receipt.lines[0]?.marks).toEqual(['52862', '28138']);
  if (!ratio) return;
  const html = receiptHtml('x-r1', ratio.text, ratio.receipt, 'en', data);
  expect(html).toMatch(/<mark>52862<\/mark>[^]*<mark>28138<\/mark>/);
});

test('locators read in Chinese on the Chinese page', () => {
  expect(locatorText('Table 1, line 145', 'zh')).toBe('表 1，第 145 行');
  expect(locatorText('line 51', 'zh')).toBe('第 51 行');
  expect(locatorText('derived: 35611/17780, Table 1 lines 243–245', 'zh')).toBe('计算：35611/17780，表 1，第 243–245 行');
  expect(locatorText('Table 1, line 145', 'en')).toBe('Table 1, line 145');
});
