import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LANGS, loadData, loadStory } from '../story/load-story.ts';
import type { CopyNode, Paragraph } from '../story/story-model.ts';
import { EndNotes } from './receipts-html.ts';
import { copyToHtml } from './render-html.ts';
import { renderHandoutHtml } from './render-handout.ts';

// Receipts on paper (issue 15): in the handouts each figure carries the number of its receipt, and the receipts
// follow the corrections log as numbered endnotes.

const root = resolve(import.meta.dirname, '../../..');
const data = loadData(root);
const story = loadStory(root, 'kecheng-five-years', data);
type Figure = Extract<CopyNode, { type: 'figure' }>;
const figures = (list: Paragraph[]): Figure[] => {
  const walk = (nodes: CopyNode[]): Figure[] =>
    nodes.flatMap((n) => (n.type === 'figure' ? [n] : n.type === 'text' ? [] : walk(n.children)));
  return list.flatMap(walk);
};

describe('endnotes', () => {
  const all = story.en.steps.flatMap((s) => figures(s.text));

  test('number figures in order, and a figure with the same receipt as an earlier one takes its number', () => {
    const notes = new EndNotes('en', data);
    const first = all[0];
    const second = all.find((f) => JSON.stringify(f.receipt) !== JSON.stringify(first?.receipt));
    expect(first && second).toBeTruthy();
    if (!first || !second) return;
    const html = copyToHtml([first, second, first], undefined, notes);
    expect([...html.matchAll(/<a href="#endnote-(\d+)">/g)].map((m) => m[1])).toEqual(['1', '2', '1']);
    expect(notes.html().match(/<li id="endnote-\d+"/g)).toHaveLength(2);
    expect(html).not.toContain('fig-link');
  });

  test('quote a receipt of a few lines and name the places of a long one (a count of table rows)', () => {
    const count = all.find((f) => f.receipt.lines.length > 3);
    const stated = all.find((f) => f.receipt.lines.length === 1 && f.receipt.lines[0]?.quote);
    expect(count && stated).toBeTruthy();
    if (!count || !stated) return;
    const notes = new EndNotes('en', data);
    copyToHtml([stated, count], undefined, notes);
    const [quoted = '', condensed = ''] = notes.html().split('<li id="endnote-2"');
    expect(quoted).toContain('<blockquote class="receipt-quote"');
    expect(quoted).toContain('<mark>');
    expect(condensed).not.toContain('<blockquote');
    expect(condensed).toContain(count.receipt.lines[1]?.locator);
  });
});

test.each(LANGS)('every figure of the %s handouts leads to its endnote', (lang) => {
  for (const kind of ['class', 'teacher'] as const) {
    const html = renderHandoutHtml(story[lang], data, kind, '', { story: '../', otherKind: 'x', otherLang: 'y' });
    const refs = [...html.matchAll(/<sup class="endnote-ref"><a href="#(endnote-\d+)">/g)].map((m) => m[1]);
    const ids = new Set([...html.matchAll(/<li id="(endnote-\d+)"/g)].map((m) => m[1]));
    expect(refs.length).toBeGreaterThan(40);
    expect(refs.filter((r) => !ids.has(r))).toEqual([]);
    expect(ids.size).toBe(new Set(refs).size);
    // Every figure of the copy has its number, the teacher's notes and questions too: none is left with a tooltip only.
    const body = html.slice(html.indexOf('<main>'), html.indexOf('<section class="endnotes"'));
    const bare = [...body.matchAll(/<data class="fig"[^>]*>[^<]*<\/data>(?!<sup class="endnote-ref">)/g)].length;
    expect(bare).toBe(0);
  }
});
