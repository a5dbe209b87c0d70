import { describe, expect, test } from 'vitest';
import { getDataset } from '../../model/bundle.ts';
import type { Lang, StructureDataset } from '../../model/types.ts';
import { overlaps } from '../kit/geometry/avoid-overlap.ts';
import { textBox } from '../kit/geometry/text-mark.ts';
import { layoutStructure } from './layout.ts';
import { VIEWS, type View } from './views.ts';

const data = getDataset('structure', 'structure');
const desktop = { width: 640, height: 400 };
const phone = { width: 360, height: 300 };
const cases = VIEWS.flatMap((view) => (['zh', 'en'] as Lang[]).map((lang) => [view, lang] as [View, Lang]));
const sizes = [{ width: 300, height: 220 }, phone, desktop, { width: 1000, height: 700 }];

describe('every view', () => {
  test.each(cases)('layoutStructure(%s, %s) keeps labels apart and inside the plot at every size', (view, lang) => {
    for (const size of sizes) {
      const boxes = layoutStructure(data, view, size, lang).labels.map(textBox);
      for (const [i, a] of boxes.entries()) {
        expect(a.x).toBeGreaterThanOrEqual(-0.5);
        expect(a.x + a.width).toBeLessThanOrEqual(size.width + 0.5);
        expect(a.y).toBeGreaterThanOrEqual(-0.5);
        expect(a.y + a.height).toBeLessThanOrEqual(size.height + 0.5);
        for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
      }
    }
  });

  test.each(cases)('layoutStructure(%s, %s) keeps the bars inside the plot at every size', (view, lang) => {
    for (const size of sizes) {
      for (const s of layoutStructure(data, view, size, lang).segments) {
        expect(s.x).toBeGreaterThanOrEqual(-0.01);
        expect(s.x + s.width).toBeLessThanOrEqual(size.width + 0.01);
        expect(s.y + s.height).toBeLessThanOrEqual(size.height);
      }
    }
  });
});

describe('all', () => {
  const m = layoutStructure(data, 'all', desktop, 'zh');
  const seg = (k: string) => m.segments.find((s) => s.k === k)!;

  test('each bar spans the full width with segments in proportion to the shares', () => {
    for (const id of ['actual-2015', 'target-2020', 'actual-2020']) {
      const parts = ['primary', 'secondary', 'tertiary'].map((s) => seg(`seg-${id}-${s}`));
      expect(parts[0]!.x).toBeCloseTo(0);
      expect(parts.reduce((w, p) => w + p.width, 0)).toBeCloseTo(640);
    }
    expect(seg('seg-actual-2020-secondary').width).toBeCloseTo(640 * 0.191);
  });

  test('only the target bar is drawn as a target', () => {
    expect(m.segments.filter((s) => s.target).map((s) => s.k)).toEqual([
      'seg-target-2020-primary',
      'seg-target-2020-secondary',
      'seg-target-2020-tertiary',
    ]);
  });

  test('shares that fit sit inside their segment; the rest go under the bar', () => {
    const label = (k: string) => m.labels.find((l) => l.k === k)!;
    const inside = label('share-actual-2015-tertiary');
    expect(inside.text).toBe('74%');
    expect(inside.y).toBeLessThan(seg('seg-actual-2015-tertiary').y + seg('seg-actual-2015-tertiary').height);
    const under = label('share-actual-2020-primary');
    expect(under.text).toBe('3.5%');
    expect(under.y).toBeGreaterThan(seg('seg-actual-2020-primary').y + seg('seg-actual-2020-primary').height);
  });

  test.each([
    ['zh', '2015—2020 年，第三产业从 74% 升至 77.4%，第二产业从 21% 降至 19.1%'],
    ['en', '2015–2020: services rose from 74% to 77.4% of GDP, industry fell from 21% to 19.1%'],
  ] as [Lang, string][])('the %s title is computed from the actual bars', (lang, title) => {
    expect(layoutStructure(data, 'all', desktop, lang).text.title).toBe(title);
  });

  test('the table holds the three bars', () => {
    expect(layoutStructure(data, 'all', desktop, 'en').text.table.rows).toEqual([
      ['2015, actual', '2015', 'Actual', '5%', '21%', '74%'],
      ['2020 target (13th Five-Year Plan)', '2020', 'Target', '4%', '24%', '72%'],
      ['2020, actual', '2020', 'Actual', '3.5%', '19.1%', '77.4%'],
    ]);
  });
});

describe('industry', () => {
  const m = layoutStructure(data, 'industry', desktop, 'zh');
  const secondary = m.segments.filter((s) => s.sector === 'secondary');

  test('secondary segments start at one x, so their lengths compare directly, and the others fade', () => {
    const xs = secondary.map((s) => s.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(0.01);
    expect(secondary.every((s) => !s.faded)).toBe(true);
    expect(m.segments.filter((s) => s.sector !== 'secondary').every((s) => s.faded)).toBe(true);
  });

  test('the shares of faded sectors stay opaque text', () => {
    for (const size of [desktop, phone]) {
      const { labels } = layoutStructure(data, 'industry', size, 'en');
      expect(labels.filter((l) => (l.opacity ?? 1) < 1)).toEqual([]);
    }
  });

  test('a guide marks where the target ended and the gap is stated in points', () => {
    const target = secondary.find((s) => s.target)!;
    expect(m.guides[0]?.x1).toBeCloseTo(target.x + target.width);
    expect(m.labels.find((l) => l.k === 'gap-secondary')?.text).toBe('比目标低 4.9 个百分点');
    expect(layoutStructure(data, 'industry', phone, 'en').labels.find((l) => l.k === 'gap-secondary')?.text).toBe(
      '4.9 points below target',
    );
  });

  test.each([
    ['zh', '第二产业占比本应升至 24%，实际降至 19.1%'],
    ['en', 'The industry share was meant to rise to 24% of GDP; it fell to 19.1%'],
  ] as [Lang, string][])('the %s title gives planned and actual', (lang, title) => {
    expect(layoutStructure(data, 'industry', desktop, lang).text.title).toBe(title);
  });

  test('the words follow the data: a sector planned to fall and rising reads so', () => {
    const fixture: StructureDataset = {
      ...data,
      entries: data.entries.map((e) =>
        e.kind === 'target' ? { ...e, secondary: 20, tertiary: 76 } : e.id === 'actual-2020' ? { ...e, secondary: 22, tertiary: 74.5 } : e,
      ),
    };
    expect(layoutStructure(fixture, 'industry', desktop, 'zh').text.title).toBe('第二产业占比本应降至 20%，实际升至 22%');
  });
});
