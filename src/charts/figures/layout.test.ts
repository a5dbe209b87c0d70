import { describe, expect, test } from 'vitest';
import { getDataset } from '../../model/bundle.ts';
import type { Figure, FiguresDataset, Lang } from '../../model/types.ts';
import { overlaps } from '../kit/geometry/avoid-overlap.ts';
import { textBox } from '../kit/geometry/text-mark.ts';
import { columnsFor, layoutFigures, resolveFigure } from './layout.ts';
import { MIN_BODY, valueParts } from './tile.ts';
import { FIGURES_VIEWS, VIEWS, type View } from './views.ts';

const datasets: Record<string, FiguresDataset> = Object.fromEntries(
  ['place', 'targets-2026', 'record-2021'].map((id) => [id, getDataset(id, 'figures')]),
);
const desktop = { width: 640, height: 400 };
const phone = { width: 360, height: 300 };
const cases = VIEWS.flatMap((view) => (['zh', 'en'] as Lang[]).map((lang) => [view, lang] as [View, Lang]));
const sizes = [{ width: 300, height: 220 }, phone, desktop, { width: 1000, height: 700 }];

describe('views', () => {
  test.each(VIEWS)('every figure the %s view names is in the data', (view) => {
    for (const ref of FIGURES_VIEWS[view].figures) expect(() => resolveFigure(datasets, ref)).not.toThrow();
  });

  test('resolveFigure names the missing dataset or figure', () => {
    expect(() => resolveFigure(datasets, { dataset: 'nope', figure: 'x' })).toThrow('no dataset "nope"');
    expect(() => resolveFigure(datasets, { dataset: 'place', figure: 'x' })).toThrow('"place" has no figure "x"');
  });
});

describe('minHeight', () => {
  test.each(cases)('%s (%s): the tiles fit a plot of the least height the layout asks for, and not one less', (view, lang) => {
    for (const width of [300, 366, 640, 1000]) {
      const least = layoutFigures(datasets, view, { width, height: 1000 }, lang).minHeight ?? 0;
      const fitted = layoutFigures(datasets, view, { width, height: least }, lang);
      expect(Math.max(...fitted.tiles.map((tile) => tile.y + tile.height))).toBeLessThanOrEqual(least);
      const squeezed = layoutFigures(datasets, view, { width, height: least - 1 }, lang);
      expect(Math.max(...squeezed.tiles.map((tile) => tile.y + tile.height))).toBeGreaterThan(least - 1);
    }
  });
});

describe('columnsFor', () => {
  test.each([
    [4, 360, 2],
    [5, 360, 2],
    [4, 640, 4],
    [5, 640, 3],
    [6, 640, 3],
    [8, 640, 4],
    [2, 640, 2],
  ])('columnsFor(%i tiles, %i px) is %i', (n, width, cols) => {
    expect(columnsFor(n, width)).toBe(cols);
  });
});

describe('valueParts', () => {
  const figure = (value: number, unit: Figure['unit'], bound?: Figure['bound']): Figure => ({
    id: 'f',
    label: { zh: '', en: '' },
    year: 2026,
    value,
    unit,
    bound,
    kind: 'target',
    source: 's',
    locator: 'l',
  });
  test.each([
    [figure(800, 'yi-yuan', 'min'), 'zh', { prefix: '不低于', number: '800', unit: '亿元' }],
    [figure(800, 'yi-yuan', 'min'), 'en', { prefix: 'at least', number: '80', unit: 'billion yuan' }],
    [figure(1.8, 'ratio', 'max'), 'zh', { prefix: '不超过', number: '1.8', unit: '' }],
    [figure(60, 'percent', 'min'), 'en', { prefix: 'at least', number: '60%', unit: '' }],
    // In whole yuan, as every chart writes amounts of yuan: a 2021 estimate of 50755 元 may sit under it.
    [figure(74000, 'yuan'), 'zh', { prefix: '', number: '74000', unit: '元' }],
  ] as [Figure, Lang, ReturnType<typeof valueParts>][])('valueParts(%o, %s)', (f, lang, parts) => {
    expect(valueParts(f, lang)).toEqual(parts);
  });
});

describe('every view', () => {
  test.each(cases)('layoutFigures(%s, %s) fits tiles and their text in the plot at every size', (view, lang) => {
    for (const size of sizes) {
      const { tiles } = layoutFigures(datasets, view, size, lang);
      for (const [i, t] of tiles.entries()) {
        expect(t.x + t.width).toBeLessThanOrEqual(size.width + 0.5);
        expect(t.y + t.height).toBeLessThanOrEqual(size.height + 0.5);
        for (const u of tiles.slice(i + 1)) expect(overlaps(t, u)).toBe(false);
        for (const text of t.texts) {
          const box = textBox(text);
          expect(text.size).toBeGreaterThanOrEqual(12);
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(t.width + 0.5);
          expect(box.y + box.height).toBeLessThanOrEqual(t.height + 0.5);
        }
      }
    }
  });

  test.each(cases)("layoutFigures(%s, %s) shows each tile's number", (view, lang) => {
    const { tiles } = layoutFigures(datasets, view, phone, lang);
    FIGURES_VIEWS[view].figures.forEach((ref, i) => {
      const { number } = valueParts(resolveFigure(datasets, ref), lang);
      expect(tiles[i]?.k).toBe(`fig-${ref.dataset}-${ref.figure}`);
      expect(tiles[i]?.texts.map((t) => t.text)).toContain(number);
    });
  });
});

describe('text', () => {
  test.each([
    ['place', 'zh', '柯城：衢州的中心城区，四省边际'],
    ['villages', 'zh', '2026 年目标：15 个未来乡村、15 个精品村；余东村 2021 年先行'],
    ['villages', 'en', 'Targets for 2026: 15 future villages, 15 boutique villages; Yudong went first in 2021'],
    ['targets', 'zh', '2026 年目标：地区生产总值超过 800 亿元等 8 项，结果尚未公布'],
    ['targets', 'en', 'Targets for 2026: GDP more than 80 billion yuan and 7 more, no results yet'],
  ] as [View, Lang, string][])('the %s title in %s', (view, lang, title) => {
    expect(layoutFigures(datasets, view, desktop, lang).text.title).toBe(title);
  });

  test('the summary and table carry each value with its bound, kind and year', () => {
    const { text } = layoutFigures(datasets, 'place', desktop, 'zh');
    expect(text.summary).toContain('乡镇级区划：18（2023 年实绩）');
    expect(text.table.rows).toContainEqual(['村民委员会', '211', '实绩', '2023', '']);
    const targets = layoutFigures(datasets, 'targets', desktop, 'en').text;
    expect(targets.table.rows).toContainEqual(['Urban–rural income ratio', 'at most 1.8', 'Target', '2026', '']);
  });

  test('the legend lists only the kinds shown', () => {
    expect(layoutFigures(datasets, 'villages', desktop, 'en').text.legend.map((l) => l.label)).toEqual(['Target', 'Actual']);
    expect(layoutFigures(datasets, 'place', desktop, 'en').text.legend.map((l) => l.label)).toEqual(['Actual']);
  });
});

describe('the watch view as a tracker', () => {
  const latestRefs = Object.entries(FIGURES_VIEWS.watch.latest ?? {});
  test('names a latest figure of the same indicator for some targets, each in the data', () => {
    expect(latestRefs.length).toBeGreaterThan(0);
    for (const [id, ref] of latestRefs) {
      const target = resolveFigure(datasets, { dataset: 'targets-2026', figure: id });
      const latest = resolveFigure(datasets, ref);
      expect(latest.unit).toBe(target.unit);
      expect(latest.year).toBeLessThan(target.year);
    }
  });
  test.each(sizes.flatMap((size) => (['zh', 'en'] as Lang[]).map((lang) => [size, lang] as const)))(
    'at %o (%s) a target tile ends with where its indicator last stood, inside the tile, below its other text',
    (size, lang) => {
      const model = layoutFigures(datasets, 'watch', size, lang);
      for (const [id, ref] of latestRefs) {
        const tile = model.tiles.find((t) => t.k === `fig-targets-2026-${id}`);
        // A tile too small for the line and its value goes without it.
        if ((tile?.height ?? 0) < MIN_BODY + 34 && !tile?.texts.some((t) => t.text.startsWith('2021'))) {
          expect(tile?.texts.some((t) => t.text.includes('2021'))).toBe(false);
          continue;
        }
        const latest = resolveFigure(datasets, ref);
        const texts = tile?.texts ?? [];
        const first = texts.findIndex((t) => t.text.startsWith(String(latest.year)));
        const lines = texts.slice(first);
        expect(first).toBeGreaterThan(0);
        expect(lines.length).toBeLessThanOrEqual(2);
        expect(lines.map((t) => t.text).join(' ')).not.toContain('…');
        for (const t of lines) expect(t.tone).toBe('var(--_estimate)');
        for (const t of texts.slice(0, first)) expect(t.y).toBeLessThan((lines[0]?.y ?? 0) - 12);
        expect(lines.at(-1)?.y ?? Infinity).toBeLessThanOrEqual(tile?.height ?? 0);
      }
      const without = model.tiles.filter((t) => !latestRefs.some(([id]) => t.k === `fig-targets-2026-${id}`));
      for (const tile of without) expect(tile.texts.some((t) => t.text.includes('2021'))).toBe(false);
    },
  );
  test.each(['zh', 'en'] as Lang[])('the summary, table and sources carry the latest figures too (%s)', (lang) => {
    const { text } = layoutFigures(datasets, 'watch', desktop, lang);
    const count = FIGURES_VIEWS.watch.figures.length + latestRefs.length;
    expect(text.table?.rows).toHaveLength(count);
    expect(text.summary).toContain(lang === 'zh' ? '2021 年预计为 587 亿元' : 'against 58.7 billion yuan in 2021 (estimate)');
    expect(text.legend.map((l) => l.swatch)).toEqual(['target', 'estimate']);
  });
});

describe('labels on a phone', () => {
  test.each(['zh', 'en'] as Lang[])('no tile of the targets view cuts its label with “…” on a 366 px plot, tall or short (%s)', (lang) => {
    for (const size of [
      { width: 366, height: 190 },
      { width: 366, height: 260 },
      { width: 320, height: 190 },
    ]) {
      const model = layoutFigures(datasets, 'targets', size, lang);
      for (const tile of model.tiles) {
        const cut = tile.texts.filter((t) => t.text.endsWith('…')).map((t) => t.text);
        expect(cut, `${size.width}×${size.height} ${tile.k}`).toEqual([]);
      }
    }
  });
});
