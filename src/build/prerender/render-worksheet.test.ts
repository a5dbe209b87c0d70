import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData, loadStory } from '../story/load-story.ts';
import { escapeHtml } from './escape-html.ts';
import { copyToHtml } from './render-html.ts';
import { ANSWER_LINES, renderWorksheetHtml, worksheetChapters, worksheetPath } from './render-worksheet.ts';
import type { Story } from '../story/story-model.ts';

const root = resolve(import.meta.dirname, '../../..');
const data = loadData(root);
const stories = loadStory(root, 'kecheng-five-years', data);
const links = { story: '../', handout: '../handout/', otherLang: '../en/worksheet/' };
const count = (html: string, pattern: RegExp): number => html.match(pattern)?.length ?? 0;
/** A chapter's section of the page. */
const sectionOf = (html: string, id: string): string =>
  html
    .split('<section class="worksheet-chapter" ')
    .find((part) => part.startsWith(`id="ws-${id}"`))
    ?.split('</section>')[0] ?? '';

describe('renderWorksheetHtml(story, data, css, links)', () => {
  for (const lang of ['zh', 'en'] as const) {
    const story = stories[lang];
    const html = renderWorksheetHtml(story, data, '', links);
    const chapters = worksheetChapters(story);

    it(`${lang}: one section per chapter, each with the chart of the chapter's opening step, named by its summary, and its table`, () => {
      expect(chapters.length).toBeGreaterThanOrEqual(10);
      expect(chapters.every((s) => s.questions?.length)).toBe(true);
      expect(count(html, /<section class="worksheet-chapter"/g)).toBe(chapters.length);
      expect(count(html, /<svg role="img" aria-label="[^"]+"/g)).toBe(chapters.length);
      expect(count(html, /<div class="worksheet-table[^"]*"[^>]*><table>/g)).toBe(chapters.length);
      for (const step of chapters) {
        const section = sectionOf(html, step.id);
        expect(section, step.id).toContain(`<h2 class="chapter" id="ws-${step.id}-heading">`);
        expect(count(section, /<svg role="img"/g), step.id).toBe(1);
        expect(count(section, /<tbody>/g), step.id).toBe(1);
      }
      expect(count(html, /<style>/g)).toBe(1);
    });

    it(`${lang}: gives each chapter's questions once, as the story file has them, each with its ruled lines`, () => {
      for (const step of chapters) {
        const section = sectionOf(html, step.id);
        const questions = step.questions ?? [];
        expect(count(section, /<li class="worksheet-question">/g), step.id).toBe(questions.length);
        for (const q of questions) expect(count(html, new RegExp(escapeRegExp(`<p>${copyToHtml(q)}</p>`), 'g')), step.id).toBe(1);
      }
      const total = chapters.reduce((n, s) => n + (s.questions?.length ?? 0), 0);
      expect(count(html, /<div class="answer-lines" aria-hidden="true">/g)).toBe(total);
      expect(count(html, /<div class="answer-lines"[^>]*>(<span><\/span>)+<\/div>/g)).toBe(total);
      expect(html).toContain(`<div class="answer-lines" aria-hidden="true">${'<span></span>'.repeat(ANSWER_LINES)}</div>`);
    });

    it(`${lang}: has no teacher's note, no receipts, no script, and ends with the charts' sources`, () => {
      expect(html).not.toMatch(/teacher-note|teacher-questions|class="teacher"|endnote/);
      for (const step of story.steps) {
        for (const note of step.note ?? []) expect(html).not.toContain(copyToHtml(note));
      }
      expect(html).not.toMatch(/<script|<img|<link rel="stylesheet"/);
      expect(html).toContain('<section class="sources"');
      expect(html).toContain('<meta name="color-scheme" content="light">');
      expect(count(html, /<span class="fill-in-line"><\/span>/g)).toBe(3);
    });

    it(`${lang}: gives each id in the page once`, () => {
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
      const refs = [...html.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);
      expect(refs.filter((r) => !ids.includes(r))).toEqual([]);
    });
  }

  it('escapes what it inserts: chapter, question, title, links', () => {
    const base = stories.en;
    const first = worksheetChapters(base)[0];
    if (!first) throw new Error('no chapter');
    const evil = '<img src=x onerror=alert(1)>&"';
    const story: Story = {
      ...base,
      title: evil,
      steps: [{ ...first, chapter: evil, questions: [[{ type: 'text', text: evil }]], note: [[{ type: 'text', text: 'SECRET NOTE' }]] }],
    };
    const html = renderWorksheetHtml(story, data, '', { ...links, story: '"><script>x</script>' });
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>x');
    expect(html).not.toContain('SECRET NOTE');
    const escaped = escapeHtml(evil);
    expect(escaped).not.toMatch(/[<>"]/);
    expect(html).toContain(`<h2 class="chapter" id="ws-${first.id}-heading">${escaped}</h2>`);
    expect(html).toContain(`<li class="worksheet-question"><p>${escaped}</p>`);
    expect(html).toContain(`<h1>${escaped}</h1>`);
  });

  it('puts the worksheets at worksheet/ and en/worksheet/', () => {
    expect(worksheetPath('zh')).toBe('worksheet/index.html');
    expect(worksheetPath('en')).toBe('en/worksheet/index.html');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
