import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import archieml from 'archieml';
import fc from 'fast-check';
import { buildStory, checkSameCorrections, checkSameSteps, plainText } from './build-story.ts';
import { loadData, loadStory } from './load-story.ts';
import { StoryError } from './story-error.ts';

const root = resolve(import.meta.dirname, '../../..');
const data = loadData(root);
const build = (text: string, file = 'stories/t/en.aml') => buildStory(archieml.load(text), file, 't', 'en', data);

const header = 'title: T\ndek: D\nbyline: B\nupdated: 2026-11-21\n';
const step = (fields: string) => `${header}[steps]\n${fields}\n[]\n`;

describe('the real story', () => {
  const stories = loadStory(root, 'kecheng-five-years', data);

  // Up to 40: issue 12 split the steps whose cards did not fit the room below the graphic on a phone.
  it('has 18 to 40 steps in each language, with the same ids, and a villages chapter of 4 to 6 steps', () => {
    expect(stories.zh.steps.length).toBeGreaterThanOrEqual(18);
    expect(stories.zh.steps.length).toBeLessThanOrEqual(40);
    const ids = stories.zh.steps.map((s) => s.id);
    const start = ids.indexOf('villages');
    const end = stories.zh.steps.findIndex((s, i) => i > start && s.chapter);
    expect(end - start).toBeGreaterThanOrEqual(4);
    expect(end - start).toBeLessThanOrEqual(6);
    expect(stories.en.steps.map((s) => s.id)).toEqual(stories.zh.steps.map((s) => s.id));
  });

  it('renders every number in the copy from data', () => {
    const figures = stories.en.steps.flatMap((s) => s.text.flat()).filter((n) => n.type === 'figure');
    expect(figures.length).toBeGreaterThan(40);
    expect(plainText(stories.en.steps.find((s) => s.id === 'gdp-record')?.text[0] ?? [])).toContain('15.8 billion yuan');
    expect(plainText(stories.zh.steps.find((s) => s.id === 'gdp-record')?.text[0] ?? [])).toContain('158.45 亿元');
  });

  it('keeps a corrections log in each language, the same entries in the same order, its numbers from data', () => {
    const entries = (lang: 'zh' | 'en') => stories[lang].corrections.map((c) => `${c.date} ${c.kind}`);
    expect(entries('zh').length).toBeGreaterThanOrEqual(7);
    expect(entries('en')).toEqual(entries('zh'));
    const figures = stories.en.corrections.flatMap((c) => c.text).filter((n) => n.type === 'figure');
    expect(figures.length).toBeGreaterThanOrEqual(2);
    // The byline's date follows the newest entry.
    for (const lang of ['zh', 'en'] as const) expect(stories[lang].updated >= (stories[lang].corrections[0]?.date ?? '')).toBe(true);
  });
});

describe('buildStory(raw, file, id, lang, data)', () => {
  it('builds a minimal story', () => {
    const story = build(step('id: a\nchart: gdp\nview: record\ntext: GDP was {gdp:2020}.'));
    expect(story.steps[0]?.text).toEqual([
      [
        { type: 'text', text: 'GDP was ' },
        expect.objectContaining({ type: 'figure', text: '23.6 billion yuan', value: 236.48 }),
        { type: 'text', text: '.' },
      ],
    ]);
  });

  it("reads a teacher note and a chapter's discussion questions, tokens resolved", () => {
    const story = build(
      step(
        'id: a\nchapter: C\nchart: gdp\nview: record\ntext: x\nnote: Point at {gdp:2015}.\n\nThen *the rate*.\n:end\n' +
          '[.questions]\n* Why is {gdp:2020} higher\nthan before?\n:end\n* What does *target* mean?\n[]',
      ),
    );
    const [first] = story.steps;
    expect(first?.note?.map(plainText)).toEqual(['Point at 15.8 billion yuan.', 'Then the rate.']);
    expect(first?.questions?.map(plainText)).toEqual(['Why is 23.6 billion yuan higher than before?', 'What does target mean?']);
    expect(first?.questions?.[0]?.[1]).toEqual(expect.objectContaining({ type: 'figure', value: 236.48 }));
    expect(first?.questions?.[1]?.[1]).toEqual({ type: 'em', children: [{ type: 'text', text: 'target' }] });
  });

  it('leaves questions out of a step without them', () => {
    expect(build(step('id: a\nchapter: C\nchart: gdp\nview: record\ntext: x')).steps[0]).not.toHaveProperty('questions');
  });

  it('splits text into paragraphs at blank lines', () => {
    const story = build(step('id: a\nchart: gdp\nview: record\ntext: One\nline.\n\nTwo.\n:end'));
    expect(story.steps[0]?.text.map(plainText)).toEqual(['One line.', 'Two.']);
  });

  const broken: [string, string, RegExp][] = [
    [
      'a missing title',
      `dek: D\nbyline: B\nupdated: 2026-11-21\n[steps]\nid: a\nchart: gdp\nview: record\ntext: x\n[]`,
      /: title: expected text, got nothing/,
    ],
    [
      'a bad date',
      header.replace('2026-11-21', 'yesterday') + '[steps]\nid: a\nchart: gdp\nview: record\ntext: x\n[]',
      /: updated: expected a date/,
    ],
    ['no steps', header, /: steps: expected a \[steps\] list/],
    ['an unknown chart', step('id: a\nchart: pie\nview: record\ntext: x'), /steps\[0\]\.chart: unknown chart "pie"/],
    ['an unknown view', step('id: a\nchart: gdp\nview: sideways\ntext: x'), /steps\[0\]\.view: unknown view "sideways" for chart gdp/],
    ['a missing view', step('id: a\nchart: gdp\ntext: x'), /steps\[0\]\.view: expected text, got nothing/],
    [
      'an unresolved token',
      step('id: a\nchart: gdp\nview: record\ntext: {gdp:1999}'),
      /steps\[0\]\.text: token \{gdp:1999\} does not resolve/,
    ],
    [
      'raw HTML in copy',
      step('id: a\nchart: gdp\nview: record\ntext: <img src=x onerror=alert(1)>'),
      /steps\[0\]\.text: raw HTML is not allowed/,
    ],
    [
      'a javascript: link',
      step('id: a\nchart: gdp\nview: record\ntext: [x](javascript:alert(1))'),
      /steps\[0\]\.text: link target not allowed/,
    ],
    [
      'duplicate step ids',
      step('id: a\nchart: gdp\nview: record\ntext: x\n\nid: a\nchart: gdp\nview: plan\ntext: y'),
      /steps\[1\]\.id: duplicate step id "a"/,
    ],
    ['a bad step id', step('id: A b\nchart: gdp\nview: record\ntext: x'), /steps\[0\]\.id: "A b" must be lower-case/],
    ['an unknown field', step('id: a\nchart: gdp\nview: record\ntext: x\ncolour: red'), /steps\[0\]\.colour: unknown field/],
    ['an empty text', step('id: a\nchart: gdp\nview: record\ntext: '), /steps\[0\]\.text: expected text/],
    [
      'questions on a step that opens no chapter',
      step('id: a\nchart: gdp\nview: record\ntext: x\n[.questions]\n* Why?\n[]'),
      /steps\[0\]\.questions: discussion questions belong on the step that opens a chapter/,
    ],
    [
      'questions as one field',
      step('id: a\nchapter: C\nchart: gdp\nview: record\ntext: x\nquestions: Why?'),
      /steps\[0\]\.questions: expected a \[\.questions\] list/,
    ],
    [
      'an empty questions list',
      step('id: a\nchapter: C\nchart: gdp\nview: record\ntext: x\n[.questions]\n[]'),
      /steps\[0\]\.questions: .*got an empty list/,
    ],
    [
      'an unresolved token in a question',
      step('id: a\nchapter: C\nchart: gdp\nview: record\ntext: x\n[.questions]\n* Fine.\n* And {gdp:1999}?\n[]'),
      /steps\[0\]\.questions\[1\]: token \{gdp:1999\} does not resolve/,
    ],
    [
      'raw HTML in a note',
      step('id: a\nchart: gdp\nview: record\ntext: x\nnote: <b>look</b>'),
      /steps\[0\]\.note: raw HTML is not allowed/,
    ],
  ];
  it.each(broken)('fails on %s, naming the file and field', (_name, text, message) => {
    expect(() => build(text)).toThrow(StoryError);
    expect(() => build(text)).toThrow(message);
    expect(() => build(text)).toThrow(/^stories\/t\/en\.aml: /);
  });

  it('fails on the broken fixture files with their file name', () => {
    const file = 'tests/fixtures/stories/unknown-view.aml';
    const text = readFileSync(resolve(root, file), 'utf8');
    expect(() => buildStory(archieml.load(text), file, 't', 'en', data)).toThrow(
      'tests/fixtures/stories/unknown-view.aml: steps[1].view: unknown view "pie" for chart gdp',
    );
  });

  it('never throws anything but a StoryError, whatever the copy', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        try {
          build(step(`id: a\nchart: gdp\nview: record\ntext: ${text.replace(/\n/g, ' ') || 'x'}`));
        } catch (error) {
          if (!(error instanceof StoryError)) throw error;
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the corrections log', () => {
  const entry = (date: string, kind: string, text: string) => `date: ${date}\nkind: ${kind}\ntext: ${text}\n:end\n`;
  const withLog = (entries: string[], updated = '2026-11-21') =>
    build(
      `${header.replace('2026-11-21', updated)}[steps]\nid: a\nchart: gdp\nview: record\ntext: x\n[]\n\n[corrections]\n${entries.join('\n')}[]\n`,
    );

  it("reads each entry's date, kind and text, tokens resolved, newest first", () => {
    const story = withLog([
      entry('2026-12-05', 'update', 'A new chapter on *targets*.'),
      entry('2026-12-01', 'correction', 'GDP in 2020 was\n{gdp:2020}, not more.'),
    ]);
    expect(story.corrections.map((c) => [c.date, c.kind, plainText(c.text)])).toEqual([
      ['2026-12-05', 'update', 'A new chapter on targets.'],
      ['2026-12-01', 'correction', 'GDP in 2020 was 23.6 billion yuan, not more.'],
    ]);
    expect(story.corrections[1]?.text[1]).toEqual(expect.objectContaining({ type: 'figure', value: 236.48 }));
  });

  it("gives the story the later of its `updated` date and its newest entry's", () => {
    expect(withLog([entry('2026-12-05', 'correction', 'x')]).updated).toBe('2026-12-05');
    expect(withLog([entry('2026-12-05', 'correction', 'x')], '2027-01-02').updated).toBe('2027-01-02');
    expect(withLog([]).updated).toBe('2026-11-21');
    expect(build(step('id: a\nchart: gdp\nview: record\ntext: x'))).toMatchObject({ updated: '2026-11-21', corrections: [] });
  });

  const broken: [string, string[], RegExp][] = [
    [
      'a date in words',
      [entry('5 December 2026', 'correction', 'x')],
      /: corrections\[0\]\.date: expected a date YYYY-MM-DD, got "5 December 2026"$/,
    ],
    [
      'a date not on the calendar',
      [entry('2026-02-30', 'correction', 'x')],
      /: corrections\[0\]\.date: expected a date YYYY-MM-DD, got "2026-02-30"$/,
    ],
    ['no date', ['kind: update\ntext: x\n'], /: corrections\[0\]\.date: expected a date YYYY-MM-DD, got nothing$/],
    [
      'an unknown kind',
      [entry('2026-12-05', 'erratum', 'x')],
      /: corrections\[0\]\.kind: expected "correction" or "update", got "erratum"$/,
    ],
    [
      'entries oldest first',
      [entry('2026-12-01', 'correction', 'x'), entry('2026-12-05', 'update', 'y')],
      /: corrections\[1\]\.date: 2026-12-05 is newer than 2026-12-01 of corrections\[0\]: the log lists the newest entry first$/,
    ],
    [
      'an unresolved token',
      [entry('2026-12-05', 'correction', 'It was {gdp:1999}.')],
      /: corrections\[0\]\.text: token \{gdp:1999\} does not resolve/,
    ],
    ['raw HTML', [entry('2026-12-05', 'correction', '<b>x</b>')], /: corrections\[0\]\.text: raw HTML is not allowed/],
    ['two paragraphs', [entry('2026-12-05', 'correction', 'One.\n\nTwo.')], /: corrections\[0\]\.text: expected one paragraph, got 2$/],
    ['an unknown field', [`${entry('2026-12-05', 'correction', 'x')}by: me\n`], /: corrections\[0\]\.by: unknown field/],
  ];
  it.each(broken)('fails on %s, naming the file and field', (_name, entries, message) => {
    expect(() => withLog(entries)).toThrow(StoryError);
    expect(() => withLog(entries)).toThrow(message);
    expect(() => withLog(entries)).toThrow(/^stories\/t\/en\.aml: corrections/);
  });

  it('fails on a log that is not a list of entries', () => {
    expect(() => build(`${step('id: a\nchart: gdp\nview: record\ntext: x')}corrections: none\n`)).toThrow(
      'stories/t/en.aml: corrections: expected a [corrections] list of entries with date, kind and text, got "none"',
    );
    expect(() => build(`${step('id: a\nchart: gdp\nview: record\ntext: x')}[corrections]\n* An error.\n[]\n`)).toThrow(
      'stories/t/en.aml: corrections[0]: expected an entry with date, kind and text, got "An error."',
    );
  });

  it("checkSameCorrections fails when the languages disagree on the entries' number, dates or kinds", () => {
    const a = entry('2026-12-05', 'update', 'x');
    const b = entry('2026-12-01', 'correction', 'y');
    const zh = withLog([a, b]);
    expect(() => checkSameCorrections(zh, withLog([a, b.replace('text: y', 'text: z')]), 'f')).not.toThrow();
    expect(() => checkSameCorrections(zh, withLog([a]), 'f')).toThrow('f: corrections: 1 entry, but the en story has 2 entries');
    expect(() => checkSameCorrections(zh, withLog([a, b, b]), 'f')).toThrow(
      'f: corrections[2]: correction of 2026-12-01 has no counterpart in the en story',
    );
    expect(() => checkSameCorrections(zh, withLog([a, b.replace('2026-12-01', '2026-12-02')]), 'f')).toThrow(
      'f: corrections[1].date: 2026-12-02 differs from 2026-12-01 of the en story',
    );
    expect(() => checkSameCorrections(zh, withLog([a.replace('update', 'correction'), b]), 'f')).toThrow(
      'f: corrections[0].kind: "correction" differs from "update" of the en story',
    );
  });
});

describe('checkSameSteps(reference, other, file)', () => {
  it('fails when the languages disagree on a step id', () => {
    const a = build(step('id: a\nchart: gdp\nview: record\ntext: x'));
    const b = build(step('id: b\nchart: gdp\nview: record\ntext: x'));
    expect(() => checkSameSteps(a, b, 'stories/t/en.aml')).toThrow('stories/t/en.aml: steps[0].id: "b" does not match "a"');
  });

  it('fails when the languages ask a different number of questions on a step', () => {
    const opening = 'id: a\nchapter: C\nchart: gdp\nview: record\ntext: x\n';
    const two = build(step(`${opening}[.questions]\n* One?\n* Two?\n[]`));
    const one = build(step(`${opening}[.questions]\n* One?\n[]`));
    const none = build(step(opening));
    expect(() => checkSameSteps(two, one, 'stories/t/en.aml')).toThrow(
      'stories/t/en.aml: steps[0].questions: 1 discussion question, but the en story has 2 discussion questions on step "a"',
    );
    expect(() => checkSameSteps(none, one, 'f')).toThrow(
      'f: steps[0].questions: 1 discussion question, but the en story has 0 discussion questions',
    );
    expect(() => checkSameSteps(two, build(step(`${opening}[.questions]\n* Eins?\n* Zwei?\n[]`)), 'f')).not.toThrow();
  });
});
