import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { SourceRef } from '../../model/types.ts';
import { loadData } from '../story/load-story.ts';
import { isSeedDocument, normalizeQuote, quoteLines, quoteProblems, sourcedValues } from './quotes.ts';
import { validateDataset, validateSources } from './validate.ts';

// Every quote in data/ stands verbatim in its source document at its locator (issue 15): a receipt shows the
// reader the source's own sentence, so a quote that is not the source's is a false receipt.

const root = resolve(import.meta.dirname, '../../..');
const seeds = resolve(root, '../shared/seeds');
const data = loadData(root);
const refs = sourcedValues(data.datasets);
const onSeeds = refs.filter(({ ref }) => isSeedDocument(data.sources[ref.source]?.document ?? ''));

/** How far before and after the locator's lines a quoted sentence may reach (the documents wrap mid-sentence). */
const SLACK = 3;

test('the data holds sourced values, most of them from the source documents', () => {
  expect(refs.length).toBeGreaterThan(150);
  expect(onSeeds.length).toBeGreaterThan(140);
});

test('every value from a source document carries its quote, and the quote prints its figure', () => {
  expect(onSeeds.filter(({ ref }) => !ref.quote).map((v) => v.where)).toEqual([]);
  expect(quoteProblems(onSeeds)).toEqual([]);
});

test('a quote that does not print its value is found, naming the field', () => {
  const gdp2020 = onSeeds.find((v) => v.ref.quote?.zh.includes('236.48'));
  expect(gdp2020).toBeDefined();
  if (!gdp2020) return;
  const revised = { ...gdp2020, ref: { ...gdp2020.ref, value: 236.5 } as typeof gdp2020.ref };
  expect(quoteProblems([revised])).toEqual([{ file: gdp2020.file, path: `${gdp2020.path}.quote`, problem: expect.stringMatching(/^the quote does not print 236\.5 \(give "figure"/) }]);
});

describe.skipIf(!existsSync(seeds))('quotes against the source documents', () => {
  const text = new Map<string, string[]>();
  const lines = (file: string) => {
    let l = text.get(file);
    if (!l) text.set(file, (l = readFileSync(join(seeds, file), 'utf8').split('\n')));
    return l;
  };
  const around = (ref: SourceRef): string => {
    const [first, last] = quoteLines(ref.locator) ?? [0, 0];
    const doc = lines(data.sources[ref.source]?.document ?? '');
    return normalizeQuote(doc.slice(Math.max(0, first - 1 - SLACK), last + SLACK).join('\n'));
  };

  test('every locator names lines the document has', () => {
    const bad = onSeeds.filter(({ ref }) => {
      const range = quoteLines(ref.locator);
      return !range || range[1] > lines(data.sources[ref.source]?.document ?? '').length;
    });
    expect(bad.map((b) => `${b.where}: ${b.ref.locator}`)).toEqual([]);
  });

  test('every quote stands verbatim at its locator (whitespace and full-/half-width punctuation aside)', () => {
    const bad = onSeeds.filter(({ ref }) => ref.quote && !around(ref).includes(normalizeQuote(ref.quote.zh)));
    expect(bad.map((b) => `${b.where} (${b.ref.locator}): ${b.ref.quote?.zh}`)).toEqual([]);
  });

  test('the check finds a quote that is not the source’s', () => {
    const { ref } = onSeeds.find((r) => r.ref.quote) ?? { ref: undefined };
    expect(ref?.quote).toBeDefined();
    if (!ref?.quote) return;
    expect(around(ref)).toContain(normalizeQuote(ref.quote.zh));
    // One character changed: no longer the source's words.
    const altered = ref.quote.zh.replace(/\d/, (d) => String((Number(d) + 1) % 10));
    expect(around(ref)).not.toContain(normalizeQuote(altered));
  });
});

describe('a data file whose quotes are wrong fails the build, naming the file and the field', () => {
  const read = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, 'data', name), 'utf8')) as Record<string, unknown>;
  const sources = validateSources(read('sources.json'), 'data/sources.json');
  type Point = { quote?: { zh: string; en?: string; figure?: string } };
  const gdp = () => read('gdp.json') as { series: { points: Point[] }[] };
  const failure = (json: unknown, file: string): string => {
    try {
      validateDataset(json, file, sources);
    } catch (error) {
      return (error as Error).message;
    }
    return 'no error';
  };
  test.each([
    [
      'without its quote',
      (p: Point) => delete p.quote,
      'data/gdp.json: series[0].points[1].quote: missing required field: a value from fyp14-outline quotes the line it stands on',
    ],
    ['without its gloss', (p: Point) => delete p.quote?.en, 'data/gdp.json: series[0].points[1].quote.en: missing required field'],
    [
      'revised without its quote',
      (p: Point) => Object.assign(p, { value: 236.5 }),
      'data/gdp.json: series[0].points[1].quote: the quote does not print 236.5 (give "figure" when it prints the value another way, as "7.4" in "7.4 万元" for 74000)',
    ],
    [
      'marking a figure it does not print',
      (p: Point) => p.quote && (p.quote.figure = '7.5'),
      'data/gdp.json: series[0].points[1].quote.figure: expected text the quote contains, got "7.5"',
    ],
  ])('a value from a source document %s', (_name, spoil, message) => {
    const json = gdp();
    const point = json.series[0]?.points[1];
    expect(point?.quote).toBeDefined();
    if (point) spoil(point);
    expect(failure(json, 'data/gdp.json')).toBe(message);
  });
});

test('normalizing keeps words and figures, drops whitespace and the width of punctuation', () => {
  expect(normalizeQuote('实现地区生产总值 236.48亿元，同比\n增长 3%。')).toBe(normalizeQuote('实现地区生产总值236.48亿元,同比增长3%。'));
  expect(normalizeQuote('（亿元）')).toBe(normalizeQuote('(亿元)'));
  expect(normalizeQuote('236.48')).not.toBe(normalizeQuote('236.46'));
});

test('locators give their lines', () => {
  expect(quoteLines('line 51')).toEqual([51, 51]);
  expect(quoteLines('Table 2, line 444')).toEqual([444, 444]);
  expect(quoteLines('Table 1, lines 186–203')).toEqual([186, 203]);
  expect(quoteLines('derived: 35611/17780, Table 1 lines 243–245')).toEqual([243, 245]);
  expect(quoteLines('section 五(一), 两核引领, lines 1073–1077')).toEqual([1073, 1077]);
  expect(quoteLines('article on Yudong village')).toBeUndefined();
});
