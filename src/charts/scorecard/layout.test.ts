import { describe, expect, test } from 'vitest';
import { formatNumber } from '../../model/format.ts';
import { getDataset } from '../../model/bundle.ts';
import type { Lang, ScorecardDataset } from '../../model/types.ts';
import { overlaps } from '../kit/geometry/avoid-overlap.ts';
import { textBox } from '../kit/geometry/text-mark.ts';
import { layoutScorecard } from './layout.ts';
import { RESULTS_VIEWS, type ResultsView } from './views.ts';

const data = getDataset('scorecard', 'scorecard');
const phone = { width: 360, height: 300 };
const desktop = { width: 640, height: 400 };
const cases = RESULTS_VIEWS.flatMap((view) => (['zh', 'en'] as Lang[]).map((lang) => [view, lang] as [ResultsView, Lang]));
const sizes = [{ width: 300, height: 220 }, phone, desktop, { width: 1000, height: 700 }];
// A slide's chart at 1024×768 beside a long text, laid out for the slide (1/1.8 of its box): the views drawn as rows.
const slide = { width: 236, height: 154 };

describe('every view', () => {
  test.each(cases)('layoutScorecard(%s, %s) draws one tile per indicator, at least 16 px, at every size', (view, lang) => {
    for (const size of sizes) {
      const tiles = layoutScorecard(data, view, size, lang).tiles;
      expect(tiles.map((t) => t.k).sort()).toEqual(data.indicators.map((i) => `tile-${i.id}`).sort());
      for (const t of tiles) expect(t.size).toBeGreaterThanOrEqual(16);
    }
  });

  test.each(cases)('layoutScorecard(%s, %s) keeps tiles and labels apart and inside the plot at every size', (view, lang) => {
    for (const size of sizes) {
      const m = layoutScorecard(data, view, size, lang);
      const boxes = [...m.tiles.map((t) => ({ x: t.x, y: t.y, width: t.size, height: t.size })), ...m.labels.map(textBox)];
      for (const [i, a] of boxes.entries()) {
        expect(a.x).toBeGreaterThanOrEqual(-0.5);
        expect(a.y).toBeGreaterThanOrEqual(-0.5);
        expect(a.x + a.width).toBeLessThanOrEqual(size.width + 0.5);
        expect(a.y + a.height).toBeLessThanOrEqual(size.height + 0.5);
        for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
      }
    }
  });
});

describe('a slide’s chart beside a long text', () => {
  const inside = (m: ReturnType<typeof layoutScorecard>) =>
    [...m.tiles.map((t) => ({ x: t.x, y: t.y, width: t.size, height: t.size })), ...m.labels.map(textBox)].every(
      (b) => b.x >= -0.5 && b.y >= -0.5 && b.x + b.width <= slide.width + 0.5 && b.y + b.height <= slide.height + 0.5,
    );
  test.each(['zh', 'en'] as Lang[])('in %s the rows close up rather than spill onto the source line under the plot', (lang) => {
    for (const view of ['all', 'missed'] as const) expect(inside(layoutScorecard(data, view, slide, lang)), view).toBe(true);
  });
  test.each([
    { width: 236, height: 200 },
    { width: 300, height: 220 },
  ])('with room for closer rows ($width×$height), every category keeps its whole name with all its counts under it', (size) => {
    const m = layoutScorecard(data, 'all', size, 'en');
    const names = m.labels.filter((l) => l.k.startsWith('cat-'));
    expect(names.map((l) => l.text)).toEqual(data.categories.map((c) => c.label.en));
    for (const group of ['economy', 'shared']) {
      const name = names.find((l) => l.k === `cat-${group}`);
      const counts = m.labels.filter((l) => l.k.startsWith(`count-${group}-`) && !l.k.endsWith('-sep'));
      expect(counts.map((l) => l.k)).toEqual([`count-${group}-met`, `count-${group}-missed`, `count-${group}-unpublished`]);
      for (const count of counts) expect(count.y).toBeGreaterThan(name?.y ?? Infinity);
    }
    const boxes = [...m.tiles.map((t) => ({ x: t.x, y: t.y, width: t.size, height: t.size })), ...m.labels.map(textBox)];
    for (const [i, a] of boxes.entries()) {
      expect(a.y + a.height).toBeLessThanOrEqual(size.height + 0.5);
      for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    }
    for (const t of m.tiles) expect(t.size).toBeGreaterThanOrEqual(16);
  });
  test.each(['zh', 'en'] as Lang[])(
    'in %s the missed view gives each category only its missed count rather than cut its name short',
    (lang) => {
      const m = layoutScorecard(data, 'missed', slide, lang);
      expect(m.labels.filter((l) => l.k.startsWith('count-')).map((l) => l.k)).toEqual([
        'count-economy-missed',
        'count-green-missed',
        'count-shared-missed',
      ]);
      const boxes = [...m.tiles.map((t) => ({ x: t.x, y: t.y, width: t.size, height: t.size })), ...m.labels.map(textBox)];
      for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
      for (const name of m.labels.filter((l) => l.k.startsWith('cat-')))
        expect([...name.text.replace('…', '')].length).toBeGreaterThanOrEqual(4);
    },
  );
});

describe('all', () => {
  test.each([
    ['zh', '21 项指标：9 项完成，8 项未完成，4 项数据未公布'],
    ['en', '21 indicators: 9 met, 8 missed, 4 not published'],
  ] as [Lang, string][])('the %s title counts the statuses', (lang, title) => {
    expect(layoutScorecard(data, 'all', desktop, lang).text.title).toBe(title);
  });

  test('the counts come from the data: a three-indicator fixture gives its own title', () => {
    const [a, b, c] = data.indicators;
    const fixture: ScorecardDataset = { ...data, indicators: [a!, b!, { ...c!, status: 'met' }] };
    expect(layoutScorecard(fixture, 'all', desktop, 'en').text.title).toBe('3 indicators: 1 met, 1 missed, 1 not published');
  });

  test('wide plots name each tile; phones show tiles with counts per category and no names', () => {
    const wide = layoutScorecard(data, 'all', desktop, 'zh').labels.map((l) => l.k);
    const narrow = layoutScorecard(data, 'all', phone, 'zh').labels.map((l) => l.k);
    expect(wide).toContain('name-gdp');
    expect(narrow.some((k) => k.startsWith('name-'))).toBe(false);
    expect(narrow).toContain('count-economy-missed');
    expect(layoutScorecard(data, 'all', phone, 'zh').labels.find((l) => l.k === 'count-economy-missed')?.text).toBe('未完成 4');
  });

  test('the table lists every indicator with category, unit, 2015, target, 2020, growth and status', () => {
    const { table } = layoutScorecard(data, 'all', desktop, 'zh').text;
    expect(table.rows).toHaveLength(21);
    expect(table.rows[0]).toEqual(['地区生产总值', '经济发展', '亿元', '158.45', '7%/年', '236.5', '6.1%/年', '✗ 未完成']);
    expect(table.columns).toHaveLength(8);
  });

  test('in English too, the 2015 and 2020 columns are in the unit column’s unit, as Table 1 states them', () => {
    const { table } = layoutScorecard(data, 'all', desktop, 'en').text;
    expect(table.rows[0]?.slice(2, 6)).toEqual(['100 million yuan', '158.45', '7% a year', '236.5']);
    // Every plain number in those columns is the source's value, not rescaled to billions or millions.
    data.indicators.forEach((indicator, i) => {
      for (const [cell, column] of [
        [indicator.base2015, 3],
        [indicator.value2020, 5],
      ] as const) {
        if (cell?.value === undefined || cell.text || cell.bound) continue;
        expect(table.rows[i]?.[column], `${indicator.id} column ${column}`).toBe(formatNumber(cell.value, 'en'));
      }
    });
  });
});

describe('missed', () => {
  const m = layoutScorecard(data, 'missed', desktop, 'en');
  test('missed tiles stay solid and the rest fade', () => {
    const byKey = Object.fromEntries(m.tiles.map((t) => [t.k, t.faded]));
    expect(byKey['tile-gdp']).toBe(false);
    expect(byKey['tile-fixed-asset-investment']).toBe(true);
    expect(byKey['tile-rd-share']).toBe(true);
  });
  test('faded text is muted, never made transparent', () => {
    for (const size of [desktop, phone]) {
      const { labels } = layoutScorecard(data, 'missed', size, 'en');
      expect(labels.filter((l) => (l.opacity ?? 1) < 1)).toEqual([]);
      expect(labels.find((l) => l.k === 'count-economy-met')?.tone).toBe('muted');
      expect(labels.find((l) => l.k === 'count-economy-missed')?.tone).toBe('var(--_missed)');
    }
  });
  test('the title and summary name the eight', () => {
    expect(m.text.title).toBe('8 of 21 indicators missed their targets');
    expect(m.text.summary).toContain('forest cover');
    expect(layoutScorecard(data, 'missed', desktop, 'zh').text.summary).toContain('地区生产总值、三次产业结构');
  });
});

describe('economy', () => {
  test.each([
    ['zh', desktop, '158.45 → 236.5 亿元（6.1%/年，目标 7%/年）'],
    ['en', phone, '15.8 → 23.7 billion yuan'],
  ] as [Lang, typeof desktop, string][])(
    'in %s at %o GDP is labelled with its 2015 → 2020 values (rates too when they fit)',
    (lang, size, change) => {
      const m = layoutScorecard(data, 'economy', size, lang);
      expect(m.labels.find((l) => l.k === 'change-gdp')?.text.startsWith(change)).toBe(true);
    },
  );
  test('the economy tiles stay solid, the others fade, and the title counts the category', () => {
    const m = layoutScorecard(data, 'economy', desktop, 'zh');
    expect(m.tiles.filter((t) => !t.faded)).toHaveLength(7);
    expect(m.text.title).toBe('经济发展 7 项指标：2 项完成，4 项未完成，1 项未公布');
  });
});

describe('category counts', () => {
  const words = (lang: Lang, size: { width: number; height: number }, view: ResultsView) =>
    layoutScorecard(data, view, size, lang)
      .labels.filter((l) => l.k.startsWith('count-economy-') && !l.k.endsWith('-sep'))
      .map((l) => l.text);
  test.each([
    ['zh', ['完成 2', '未完成 4', '未公布 1']],
    ['en', ['2 met', '4 missed', '1 not published']],
  ] as [Lang, string[]][])('say each status in words in %s, so "√2 ✗4 ?1" cannot read as a square root', (lang, expected) => {
    for (const size of [{ width: 366, height: 300 }, desktop, { width: 1000, height: 700 }]) {
      for (const view of RESULTS_VIEWS) expect(words(lang, size, view), `${view} ${size.width}`).toEqual(expected);
    }
  });

  test('on one line the counts are set apart by a middle dot: 完成 2 · 未完成 4 · 未公布 1', () => {
    const texts = layoutScorecard(data, 'all', { width: 366, height: 300 }, 'zh')
      .labels.filter((l) => l.k.startsWith('count-economy-'))
      .map((l) => l.text);
    expect(texts.join(' ')).toBe('完成 2 · 未完成 4 · 未公布 1');
  });
});
