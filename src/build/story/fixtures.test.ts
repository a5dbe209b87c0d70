/**
 * The broken fixtures in tests/fixtures/: each is swapped in for the real file of the build (in a copy of
 * data/ and stories/ under the OS temp folder) and run through the functions the Vite plugin runs at build
 * start, loadData and loadStory. Each must fail with a message that names the file as the build shows it
 * and the field: `data/gdp.json: series[0].points[0].value: …`.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../data/validate.ts';
import { loadData, loadStory } from './load-story.ts';
import { StoryError } from './story-error.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const STORY_ID = 'kecheng-five-years';
const EN = `stories/${STORY_ID}/en.aml`;
const ZH = `stories/${STORY_ID}/zh.aml`;

interface Case {
  /** File under tests/fixtures/. */
  fixture: string;
  /** The file of the build it replaces, as the build names it. */
  replaces: string;
  /** The message starts with this: `file: path: problem`. */
  message: string;
  /** The whole message, when it is short enough to state. */
  exact?: boolean;
  /** A second fixture put in place of the other language's file, for failures that need both. */
  other?: { fixture: string; replaces: string };
}

const dataCases: Case[] = [
  {
    fixture: 'data/missing-field.json',
    replaces: 'data/gdp.json',
    message: 'data/gdp.json: series[0].label: missing required field',
    exact: true,
  },
  {
    fixture: 'data/wrong-type.json',
    replaces: 'data/gdp.json',
    message: 'data/gdp.json: title: expected an object, got "GDP"',
    exact: true,
  },
  {
    fixture: 'data/string-value.json',
    replaces: 'data/gdp.json',
    message: 'data/gdp.json: series[0].points[0].value: expected a number, got "587亿"',
    exact: true,
  },
  {
    fixture: 'data/unknown-source.json',
    replaces: 'data/gdp.json',
    message: 'data/gdp.json: series[0].points[0].source: unknown source "nowhere" (not in data/sources.json)',
    exact: true,
  },
  {
    fixture: 'data/break-without-reason.json',
    replaces: 'data/gdp.json',
    message: 'data/gdp.json: breaks[0].reason: missing required field',
    exact: true,
  },
  {
    fixture: 'data/break-unknown-series.json',
    replaces: 'data/gdp.json',
    message: 'data/gdp.json: breaks[0].series: unknown series "gdp-old" (expected one of "gdp")',
    exact: true,
  },
  { fixture: 'data/invalid-json.json', replaces: 'data/gdp.json', message: 'data/gdp.json: (file): not valid JSON: ' },
  // "constructor" is a property of every object, so `"constructor" in UNIT_KINDS` once let it pass as a unit.
  { fixture: 'data/inherited-unit.json', replaces: 'data/gdp.json', message: 'data/gdp.json: unit: expected one of "yi-yuan", ' },
  // JSON.parse keeps "__proto__" as an own key, which `key in fields` once let through as a known field.
  { fixture: 'data/proto-field.json', replaces: 'data/gdp.json', message: 'data/gdp.json: __proto__: unknown field (expected one of ' },
  {
    fixture: 'data/figure-wrong-type.json',
    replaces: 'data/place.json',
    message: 'data/place.json: figures[0].source: expected a non-empty string, got an array',
    exact: true,
  },
];

const storyCases: Case[] = [
  { fixture: 'stories/missing-field.aml', replaces: EN, message: `${EN}: steps[0].chart: expected text, got nothing`, exact: true },
  { fixture: 'stories/wrong-type.aml', replaces: EN, message: `${EN}: title: expected text, got a list`, exact: true },
  { fixture: 'stories/unknown-chart.aml', replaces: EN, message: `${EN}: steps[0].chart: unknown chart "pie" (known: gdp, ` },
  { fixture: 'stories/unknown-view.aml', replaces: EN, message: `${EN}: steps[1].view: unknown view "pie" for chart gdp (known: record, ` },
  {
    fixture: 'stories/unresolved-token.aml',
    replaces: EN,
    message: `${EN}: steps[0].text: token {gdp:1999} does not resolve: no 1999 value in "gdp"`,
    exact: true,
  },
  {
    fixture: 'stories/raw-html.aml',
    replaces: EN,
    message: `${EN}: steps[0].text: raw HTML is not allowed in copy: "GDP was <img src=x onerror=alert(1)>."`,
    exact: true,
  },
  { fixture: 'stories/javascript-link.aml', replaces: EN, message: `${EN}: steps[0].text: link target not allowed: "javascript:` },
  { fixture: 'stories/duplicate-step-ids.aml', replaces: EN, message: `${EN}: steps[1].id: duplicate step id "one"`, exact: true },
  {
    fixture: 'stories/backwards-growth.aml',
    replaces: ZH,
    message: `${ZH}: steps[0].text: token {cagr:gdp:2020:2015} does not resolve: growth needs a later second year`,
  },
  // archieml writes a `__proto__` key into Object.prototype, and throws a bare TypeError on `constructor.prototype`.
  { fixture: 'stories/proto-key.aml', replaces: EN, message: `${EN}: line 5: "__proto__" is not allowed in a story file`, exact: true },
  { fixture: 'stories/constructor-key.aml', replaces: EN, message: `${EN}: (file): not valid ArchieML: ` },
  {
    fixture: 'stories/steps-differ.aml',
    replaces: EN,
    message: `${EN}: steps[0].id: "one" does not match "scorecard-all" of the zh story`,
    exact: true,
  },
  {
    fixture: 'stories/questions-off-chapter.aml',
    replaces: EN,
    message: `${EN}: steps[1].questions: discussion questions belong on the step that opens a chapter, and this step has no chapter`,
    exact: true,
  },
  {
    fixture: 'stories/questions-not-a-list.aml',
    replaces: EN,
    message: `${EN}: steps[0].questions: expected a [.questions] list of "* question" lines, got "Why did it grow?"`,
    exact: true,
  },
  {
    fixture: 'stories/questions-count-en.aml',
    replaces: EN,
    other: { fixture: 'stories/questions-count-zh.aml', replaces: ZH },
    message: `${EN}: steps[0].questions: 1 discussion question, but the zh story has 2 discussion questions on step "one"`,
    exact: true,
  },
  {
    fixture: 'stories/corrections-bad-date.aml',
    replaces: EN,
    message: `${EN}: corrections[1].date: expected a date YYYY-MM-DD, got "5 December 2026"`,
    exact: true,
  },
  {
    fixture: 'stories/corrections-bad-kind.aml',
    replaces: EN,
    message: `${EN}: corrections[0].kind: expected "correction" or "update", got "erratum"`,
    exact: true,
  },
  {
    fixture: 'stories/corrections-unresolved-token.aml',
    replaces: EN,
    message: `${EN}: corrections[0].text: token {income-ratio:1999} does not resolve: `,
  },
  {
    fixture: 'stories/corrections-differ-en.aml',
    replaces: EN,
    other: { fixture: 'stories/corrections-differ-zh.aml', replaces: ZH },
    message: `${EN}: corrections[0].kind: "correction" differs from "update" of the zh story`,
    exact: true,
  },
];

let temp = '';
let n = 0;

/** A copy of the build's inputs (data/ and stories/) under the temp folder, with `fixture` in place of `replaces`. */
function rootWith(c?: Case): string {
  const root = join(temp, String(n++));
  cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true });
  cpSync(join(ROOT, 'stories'), join(root, 'stories'), { recursive: true });
  if (c) cpSync(join(FIXTURES, c.fixture), join(root, c.replaces));
  if (c?.other) cpSync(join(FIXTURES, c.other.fixture), join(root, c.other.replaces));
  return root;
}

/** What the build does at start (src/build/vite/story-plugin.ts): loadData, then loadStory. */
function build(root: string): void {
  loadStory(root, STORY_ID, loadData(root));
}

function errorOf(fn: () => void): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the build to fail, but it passed');
}

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'kc-fixtures-'));
});
afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('broken fixture files fail the build, naming the file and the field', () => {
  it("the unbroken copy builds (so each failure below is the fixture's)", () => {
    expect(() => build(rootWith())).not.toThrow();
  });

  it.each(dataCases)('$fixture in place of $replaces', (c) => {
    const error = errorOf(() => build(rootWith(c)));
    expect(error.message.startsWith(c.message), `got: ${error.message}`).toBe(true);
    if (c.exact) expect(error.message).toBe(c.message);
    // Validation problems are DataErrors; a file that is not JSON at all is reported by the loader.
    expect(error instanceof DataError || error instanceof StoryError).toBe(true);
    expect((error as DataError | StoryError).file).toBe(c.replaces);
  });

  it.each(storyCases)('$fixture in place of $replaces', (c) => {
    const before = Object.getOwnPropertyNames(Object.prototype);
    const error = errorOf(() => build(rootWith(c)));
    expect(error).toBeInstanceOf(StoryError);
    expect(error.message.startsWith(c.message), `got: ${error.message}`).toBe(true);
    if (c.exact) expect(error.message).toBe(c.message);
    expect((error as StoryError).file).toBe(c.replaces);
    // Nothing a story says may reach Object.prototype.
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('every fixture file is in one of the tables above', () => {
    const listed = new Set([...dataCases, ...storyCases].flatMap((c) => (c.other ? [c.fixture, c.other.fixture] : [c.fixture])));
    const files = ['data', 'stories'].flatMap((dir) => readdirSync(join(FIXTURES, dir)).map((f) => `${dir}/${f}`));
    expect(files.filter((f) => !listed.has(f))).toEqual([]);
    expect([...listed].filter((f) => !files.includes(f))).toEqual([]);
  });
});
