import { describe, expect, test } from 'vitest';
import { getDataset } from '../../model/bundle.ts';
import type { Lang, SeriesDataset } from '../../model/types.ts';
import { overlaps } from '../kit/geometry/avoid-overlap.ts';
import { textBox } from '../kit/geometry/text-mark.ts';
import { layoutIncome, type IncomeData } from './layout.ts';
import { ratioDomain } from './layout-ratio.ts';
import { VIEWS, type View } from './views.ts';

const data: IncomeData = { income: getDataset('income', 'series'), ratio: getDataset('income-ratio', 'series') };
const phone = { width: 360, height: 300 };
const desktop = { width: 640, height: 400 };
const langs: Lang[] = ['zh', 'en'];
const cases = VIEWS.flatMap((view) => langs.map((lang) => [view, lang] as [View, Lang]));

describe('every view', () => {
  test.each(cases)('layoutIncome(%s, %s) places no two labels over each other at 360 px', (view, lang) => {
    const boxes = layoutIncome(data, view, phone, lang).labels.map(textBox);
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  });

  const sizes = [{ width: 300, height: 220 }, phone, desktop, { width: 1000, height: 700 }];
  test.each(cases)('layoutIncome(%s, %s) keeps labels apart and inside the plot from 300×220 to 1000×700', (view, lang) => {
    for (const size of sizes) {
      const boxes = layoutIncome(data, view, size, lang).labels.map(textBox);
      for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
      for (const box of boxes) {
        expect(box.x).toBeGreaterThanOrEqual(-0.5);
        expect(box.x + box.width).toBeLessThanOrEqual(size.width + 0.5);
        expect(box.y).toBeGreaterThanOrEqual(-0.5);
        expect(box.y + box.height).toBeLessThanOrEqual(size.height + 0.5);
      }
    }
  });

  test.each(cases)('layoutIncome(%s, %s) gives every mark a unique key', (view, lang) => {
    const m = layoutIncome(data, view, desktop, lang);
    const keys = [...m.rules, ...m.areas, ...m.bars, ...m.lines, ...m.points, ...m.labels].map((x) => x.k);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('levels', () => {
  const m = layoutIncome(data, 'levels', desktop, 'zh');
  const point = (k: string) => m.points.find((p) => p.k === k);

  test('years run left to right and income from zero upward', () => {
    const [u15, u20, all26] = ['point-urban-2015', 'point-urban-2020', 'point-all-2026'].map(point);
    expect(u15!.cx).toBeLessThan(u20!.cx);
    expect(u20!.cx).toBeLessThan(all26!.cx);
    expect(u20!.cy).toBeLessThan(u15!.cy);
    expect(m.rules.find((r) => r.k === 'ygrid-0')?.kind).toBe('axis');
  });

  test('urban lies above rural, with the gap between them shaded', () => {
    expect(point('point-urban-2020')!.cy).toBeLessThan(point('point-rural-2020')!.cy);
    expect(m.areas.map((a) => a.k)).toEqual(['area-gap']);
  });

  test('the 2021 estimate is a ring, the 2026 target a bullseye, and neither is on the urban or rural line', () => {
    expect(point('point-all-2021')?.shape).toBe('ring');
    expect(point('point-all-2026')?.shape).toBe('bullseye');
    expect(m.lines.map((l) => l.k)).toEqual(['line-urban', 'line-rural', 'line-required']);
    expect(m.lines.find((l) => l.k === 'line-required')?.dash).toBeDefined();
  });

  test.each([
    ['zh', ['35611 元', '52862 元', '17780 元', '28138 元', '50755 元', '7.4 万元', '7.8%']],
    ['en', ['35,611 yuan', '52,862 yuan', '17,780 yuan', '28,138 yuan', '50,755 yuan', '74,000 yuan', '7.8% a year']],
  ] as [Lang, string[]][])('the %s summary states every value', (lang, values) => {
    const summary = layoutIncome(data, 'levels', desktop, lang).text.summary;
    for (const v of values) expect(summary).toContain(v);
  });

  test('the title gives the five-year rises computed from the data (48 % and 58 %)', () => {
    expect(m.text.title).toContain('48%');
    expect(m.text.title).toContain('58%');
  });

  test('the table lists every income point with its kind', () => {
    expect(m.text.table.rows).toContainEqual(['全体居民', '2026', '7.4 万元', '目标']);
    expect(m.text.table.rows).toHaveLength(6);
  });
});

describe('growth', () => {
  const m = layoutIncome(data, 'growth', desktop, 'en');
  const bar = (k: string) => m.bars.find((b) => b.k === k);

  test('planned bars are hatched and achieved bars solid, widths in proportion to the rates', () => {
    const planned = bar('bar-urban-2015-2020-planned')!;
    const achieved = bar('bar-urban-2015-2020-achieved')!;
    expect(planned.look).toBe('planned');
    expect(achieved.look).toBe('actual');
    expect(achieved.width / planned.width).toBeCloseTo(8.1 / 9);
  });

  test.each([
    { width: 800, height: 700 },
    { width: 1000, height: 900 },
  ])('on a tall plot (%o) the bars and their axis sit in its middle, not at its top', (size) => {
    const tall = layoutIncome(data, 'growth', size, 'en');
    const ys = [...tall.bars.flatMap((b) => [b.y, b.y + b.height]), ...tall.labels.map((l) => l.y)];
    const above = Math.min(...ys);
    const below = size.height - Math.max(...ys);
    expect(above).toBeGreaterThan(size.height * 0.1);
    expect(Math.abs(above - below)).toBeLessThan(size.height * 0.1);
  });

  test('the 2017–2021 rates appear as achieved bars only', () => {
    expect(bar('bar-rural-2016-2021-achieved')).toBeDefined();
    expect(bar('bar-rural-2016-2021-planned')).toBeUndefined();
  });

  test('each missed series says by how many points', () => {
    const texts = m.labels.map((l) => l.text);
    expect(texts).toContain('✗ Missed by 0.9 points');
    expect(texts).toContain('✗ Missed by 0.3 points');
  });

  test.each([
    ['zh', '城镇居民、农村居民收入年均增速都没有达到规划目标'],
    ['en', 'Incomes grew more slowly than planned, for urban residents and rural residents alike'],
  ] as [Lang, string][])('the %s title says both missed', (lang, title) => {
    expect(layoutIncome(data, 'growth', desktop, lang).text.title).toBe(title);
  });

  test('a series that met its plan is not marked missed', () => {
    const income: SeriesDataset = {
      ...data.income,
      series: data.income.series.map((s) => ({
        ...s,
        growth: s.growth?.map((g) => (g.planned !== undefined ? { ...g, planned: 5, met: true } : g)),
      })),
    };
    const met = layoutIncome({ ...data, income }, 'growth', desktop, 'en');
    expect(met.labels.some((l) => l.text.startsWith('✗'))).toBe(false);
    expect(met.text.title).toBe(data.income.title.en);
  });

  test('the table has one row per growth record', () => {
    expect(m.text.table.rows).toEqual([
      ['Urban residents', '2016–2020', '9% a year', '8.1% a year', 'Missed'],
      ['Urban residents', '2017–2021', '—', '7.9% a year', '—'],
      ['Rural residents', '2016–2020', '10% a year', '9.7% a year', 'Missed'],
      ['Rural residents', '2017–2021', '—', '9.8% a year', '—'],
    ]);
  });
});

describe('ratio', () => {
  test.each([
    [
      [2, 1.88, 1.8, 1.75],
      [1.6, 2.1],
    ],
    [
      [1.5, 1.52],
      [1.4, 1.6],
    ],
  ])('ratioDomain(%j) is %j', (values, domain) => {
    expect(ratioDomain(values)).toEqual(domain);
  });

  const m = layoutIncome(data, 'ratio', desktop, 'zh');
  test('the axis says where it starts and how the ratio is made', () => {
    expect(m.labels.find((l) => l.k === 'ratio-axis-title')?.text).toBe('倍差（城镇 ÷ 农村），纵轴从 1.6 起');
    expect(m.rules[0]?.kind).toBe('grid');
  });

  test('Quzhou is a diamond and the 2026 bound a bullseye with an arrow towards lower values', () => {
    const shapes = Object.fromEntries(m.points.map((p) => [p.k, p.shape]));
    expect(shapes['point-quzhou-2025']).toBe('diamond');
    expect(shapes['point-ratio-target-2026']).toBe('bullseye');
    expect(m.lines.map((l) => l.k)).toContain('arrow-ratio-target-2026');
  });

  test.each([
    ['zh', '城乡收入倍差从 2.0 缩小到 1.88，2026 年目标不超过 1.8', ['17831 元', '24724 元', '1.75']],
    [
      'en',
      'The urban–rural income ratio narrowed from 2.0 to 1.88; the 2026 target is at most 1.8',
      ['17,831 yuan', '24,724 yuan', '1.75'],
    ],
  ] as [Lang, string, string[]][])('the %s title and summary carry the numbers', (lang, title, inSummary) => {
    const text = layoutIncome(data, 'ratio', desktop, lang).text;
    expect(text.title).toBe(title);
    for (const v of inSummary) expect(text.summary).toContain(v);
  });
});

describe('on a phone (366 px wide plots)', () => {
  const phones = [240, 260, 280, 300, 340].map((height) => ({ width: 366, height }));
  test.each(langs)('every line keeps its name in %s: the urban and the rural line are both labelled', (lang) => {
    for (const size of phones) {
      const keys = layoutIncome(data, 'levels', size, lang).labels.map((l) => l.k);
      expect(keys, `${size.height}`).toContain('name-urban');
      expect(keys, `${size.height}`).toContain('name-rural');
    }
  });

  test('zh names the band between the lines (城乡差距) where a plot is 280 px tall or more', () => {
    for (const height of [280, 300, 340]) {
      const labels = layoutIncome(data, 'levels', { width: 366, height }, 'zh').labels;
      expect(labels.find((l) => l.k === 'label-gap-title')?.text, `${height}`).toBe('城乡差距');
    }
  });

  test.each(langs)('the levels plot counts in one unit in %s: whole yuan, never 万元 beside 元', (lang) => {
    for (const size of [...phones, desktop]) {
      const texts = layoutIncome(data, 'levels', size, lang).labels.map((l) => l.text);
      expect(
        texts.filter((t) => t.includes('万')),
        `${size.width}×${size.height}`,
      ).toEqual([]);
    }
    expect(layoutIncome(data, 'levels', desktop, lang).labels.find((l) => l.k === 'label-all-2026')?.text).toBe(
      lang === 'zh' ? '74000 元' : '74,000 yuan',
    );
  });
});

test.each(['zh', 'en'] as Lang[])('levels: both lines keep their names on a phone’s plot, 366 px wide and 150–220 px tall (%s)', (lang) => {
  for (const height of [150, 170, 190, 220]) {
    const m = layoutIncome(data, 'levels', { width: 366, height }, lang);
    const keys = m.labels.map((l) => l.k);
    expect(keys, `${height}`).toContain('name-urban');
    expect(keys, `${height}`).toContain('name-rural');
  }
});
