import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativeHref } from '../vite/handout-plugin.ts';
import { loadData, loadStory } from '../story/load-story.ts';
import { staticFigureOf } from '../../story/print-charts.ts';
import { handoutPath, renderHandoutHtml } from './render-handout.ts';
import { staticFigureHtml } from './static-figure.ts';

const root = resolve(import.meta.dirname, '../../..');
const data = loadData(root);
const stories = loadStory(root, 'kecheng-five-years', data);
const links = { story: '../', otherKind: './teacher/', otherLang: '../en/handout/' };
const count = (html: string, pattern: RegExp): number => html.match(pattern)?.length ?? 0;

describe('renderHandoutHtml(story, data, kind, css, links)', () => {
  for (const lang of ['zh', 'en'] as const) {
    const story = stories[lang];
    const pupil = renderHandoutHtml(story, data, 'class', '', links);
    const teacher = renderHandoutHtml(story, data, 'teacher', '', links);

    it(`${lang}: draws every step's chart as inline SVG named by its summary`, () => {
      expect(count(pupil, /<svg role="img" aria-label="[^"]+"/g)).toBe(story.steps.length);
      expect(count(pupil, /<section class="handout-step/g)).toBe(story.steps.length);
      // The frame's styles once, scoped to the charts; none left inside the charts.
      expect(count(pupil, /<style>/g)).toBe(1);
      expect(pupil).toContain('@scope (.chart-svg)');
    });

    it(`${lang}: gives each id in the page once, and points every reference at an id of the page`, () => {
      const ids = [...teacher.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(ids.length).toBeGreaterThan(story.steps.length);
      expect(new Set(ids).size).toBe(ids.length);
      const refs = [...teacher.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);
      expect(refs.filter((r) => !ids.includes(r))).toEqual([]);
    });

    it(`${lang}: shows the notes and questions in the teacher's version only`, () => {
      const notes = story.steps.filter((s) => s.note).length;
      const questions = story.steps.reduce((n, s) => n + (s.questions?.length ?? 0), 0);
      expect(notes).toBeGreaterThanOrEqual(12);
      expect(questions).toBeGreaterThanOrEqual(14);
      expect(count(teacher, /<div class="teacher-note">/g)).toBe(notes);
      expect(count(teacher, /<div class="teacher-questions">[^]*?<\/ol>/g)).toBe(story.steps.filter((s) => s.questions).length);
      expect(count(pupil, /teacher-note|teacher-questions/g)).toBe(0);
    });

    it(`${lang}: ends with the sources and the story's date, in a light page with no script`, () => {
      expect(pupil).toContain('<section class="sources"');
      expect(pupil).toContain(`<time datetime="${story.updated}">`);
      expect(pupil).toContain('<meta name="color-scheme" content="light">');
      expect(pupil).not.toMatch(/<script|<img|<link rel="stylesheet"/);
    });
  }
});

describe('handout paths and links', () => {
  it('puts the handouts under handout/ and en/handout/', () => {
    expect(handoutPath('zh', 'class')).toBe('handout/index.html');
    expect(handoutPath('en', 'teacher')).toBe('en/handout/teacher/index.html');
  });
  it('relativeHref(from, to) leads from one page to another', () => {
    expect(relativeHref('handout/index.html', 'index.html')).toBe('../');
    expect(relativeHref('en/handout/teacher/index.html', 'handout/teacher/index.html')).toBe('../../../handout/teacher/');
    expect(relativeHref('index.html', 'handout/index.html')).toBe('./handout/');
  });
});

describe('staticFigureOf(markup)', () => {
  it("reads the image, its alternative text and the title of a step's no-script figure", () => {
    const step = stories.en.steps.find((s) => s.id === 'gdp-break');
    if (!step) throw new Error('no gdp-break step');
    const figure = staticFigureOf(staticFigureHtml(step, 'en', data, '../'));
    expect(figure?.src).toBe('../charts/en/gdp-break.svg');
    expect(figure?.title.length).toBeGreaterThan(10);
    expect(figure?.alt).toMatch(/\d/);
    expect(figure?.alt).not.toMatch(/&#\d+;/);
  });
  it('finds nothing in markup without an image', () => {
    expect(staticFigureOf('<p>nothing</p>')).toBeUndefined();
  });
});
