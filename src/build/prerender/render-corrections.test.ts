import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { longDate } from '../../model/i18n/date.ts';
import { htmlProblems } from '../../test-utils/html-check.ts';
import { loadData, loadStory } from '../story/load-story.ts';
import { renderHandoutHtml } from './render-handout.ts';
import { correctionsHtml, renderStoryHtml } from './render-html.ts';
import type { Story } from '../story/story-model.ts';

const root = resolve(import.meta.dirname, '../../..');
const data = loadData(root);
const stories = loadStory(root, 'kecheng-five-years', data);
const links = { story: '../', otherKind: './teacher/', otherLang: '../en/handout/' };

const tiny = (lang: 'zh' | 'en'): Story => ({
  ...stories[lang],
  corrections: [
    { date: '2026-12-06', kind: 'update', text: [{ type: 'text', text: 'New.' }] },
    {
      date: '2026-12-05',
      kind: 'correction',
      text: [
        { type: 'text', text: 'Fixed ' },
        { type: 'figure', text: '2.37', value: 2.37, cite: 'S: t1', receipt: { lines: [] } },
      ],
    },
  ],
});

describe('correctionsHtml(story)', () => {
  it('gives each entry its kind and date in the language, the date as a <time>, newest first', () => {
    const en = correctionsHtml(tiny('en'));
    expect(en).toContain('<h2 id="corrections-heading">Corrections and updates</h2>');
    expect(en).toContain('<span class="correction-label">Update, <time datetime="2026-12-06">6 December 2026</time>:</span> New.');
    expect(en).toContain(
      '<span class="correction-label">Correction, <time datetime="2026-12-05">5 December 2026</time>:</span> Fixed <data class="fig" value="2.37" title="S: t1">2.37</data>',
    );
    expect(en.indexOf('data-kind="update"')).toBeLessThan(en.indexOf('data-kind="correction"'));
    const zh = correctionsHtml(tiny('zh'));
    expect(zh).toContain('<h2 id="corrections-heading">更正与更新</h2>');
    expect(zh).toContain('<span class="correction-label">更新（<time datetime="2026-12-06">2026年12月6日</time>）：</span>New.');
    expect(zh).toContain('<span class="correction-label">更正（<time datetime="2026-12-05">2026年12月5日</time>）：</span>Fixed ');
    expect(htmlProblems(en, { strict: true })).toEqual([]);
  });

  it('is nothing for a story without corrections', () => {
    expect(correctionsHtml({ ...stories.en, corrections: [] })).toBe('');
  });
});

describe("the real story's corrections log", () => {
  for (const lang of ['zh', 'en'] as const) {
    const story = stories[lang];
    const entries = story.corrections.length;

    it(`${lang}: is on the page after the last step (the method), outside the scrolling steps, before the sources`, () => {
      const html = renderStoryHtml(story, data, '../', './');
      const at = html.indexOf('<section class="corrections"');
      expect(at).toBeGreaterThan(html.indexOf('</kc-story>'));
      expect(at).toBeLessThan(html.indexOf('<section class="sources"'));
      expect(html.match(/<li class="correction"/g)).toHaveLength(entries);
      // The byline's date is the newest entry's (or the story's own, when that is later).
      expect(html).toContain(`<time datetime="${story.updated}">${longDate(story.updated, lang)}</time></p>`);
      expect(story.updated >= (story.corrections[0]?.date ?? '')).toBe(true);
    });

    it(`${lang}: is in both handouts, after the sources`, () => {
      for (const kind of ['class', 'teacher'] as const) {
        const html = renderHandoutHtml(story, data, kind, '', links);
        expect(html.indexOf('<section class="corrections"')).toBeGreaterThan(html.indexOf('<section class="sources"'));
        expect(html.match(/<li class="correction"/g)).toHaveLength(entries);
      }
    });
  }
});
