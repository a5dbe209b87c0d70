// Over 300 lines on purpose: every case tests layoutLine, the line chart's one layout, on the same fixtures (scales,
// rates, marks, labels, text), as each chart's layout.test.ts does (docs/CHARTS.md).
import { describe, expect, test } from 'vitest';
import gdpJson from '../../../data/gdp.json' with { type: 'json' };
import sourcesJson from '../../../data/sources.json' with { type: 'json' };
import type { Lang, SeriesDataset, Source } from '../../model/types.ts';
import { overlaps } from '../kit/geometry/avoid-overlap.ts';
import { textBox } from '../kit/geometry/text-mark.ts';
import { layoutLine, yearScale, type LineModel } from './layout.ts';
import { GDP_VIEWS, resolveView, type View } from './views.ts';

/** A small dataset of the shape of data/gdp.json: two scopes, a break, an estimate, two targets. */
const fixture: SeriesDataset = {
  type: 'series',
  id: 'gdp',
  title: { zh: '测试', en: 'Test' },
  unit: 'yi-yuan',
  notes: [
    { zh: '当年价。', en: 'Current prices.' },
    { zh: '口径。', en: 'Scope.' },
    { zh: '基数调整。', en: 'Base adjustment.' },
  ],
  series: [
    {
      id: 'gdp',
      label: { zh: '地区生产总值', en: 'GDP' },
      points: [
        { year: 2015, value: 100, kind: 'actual', scope: 'a', source: 's1', locator: 'T1' },
        { year: 2020, value: 200, kind: 'actual', scope: 'a', source: 's1', locator: 'T1' },
        { year: 2021, value: 500, kind: 'estimate', scope: 'b', source: 's2', locator: 'L2' },
        { year: 2025, value: 300, kind: 'target', scope: 'a', source: 's1', locator: 'T2' },
        { year: 2026, value: 700, kind: 'target', bound: 'min', scope: 'b', source: 's2', locator: 'L9' },
      ],
      growth: [{ from: 2015, to: 2020, planned: 8, achieved: 7, met: false, source: 's1', locator: 'T1' }],
    },
  ],
  breaks: [{ series: 'gdp', between: [2020, 2021], reason: { zh: '口径变宽。', en: 'Wider scope.' } }],
};
const gdp = gdpJson as Omit<typeof gdpJson, '$schema'> as SeriesDataset; // the data, as validated, without the editor's "$schema"
const sources = Object.fromEntries((sourcesJson.sources as Source[]).map((s) => [s.id, s]));
const mobile = { width: 360, height: 300 };
const desktop = { width: 640, height: 400 };
const LANGS: Lang[] = ['zh', 'en'];
const cases = GDP_VIEWS.flatMap((view) => LANGS.map((lang) => [view, lang] as [View, Lang]));

const keys = (m: LineModel, prefix: string) =>
  m.points
    .concat()
    .map((p) => p.k)
    .filter((k) => k.startsWith(prefix));
const lineKeys = (m: LineModel) => m.lines.map((l) => l.k);

describe('layoutLine scales', () => {
  test('the y axis starts at zero and its top gridline lies above every point', () => {
    const m = layoutLine(fixture, 'all', desktop, 'en');
    const zero = m.grid.find((g) => g.zero);
    expect(zero?.y).toBeCloseTo(m.plot.y + m.plot.height);
    const top = Math.min(...m.grid.map((g) => g.y));
    expect(m.points.every((p) => p.cy >= top)).toBe(true);
  });
  test('the first and last years of the view sit at the edges of the plot', () => {
    const m = layoutLine(fixture, 'plan', desktop, 'zh');
    const xs = m.points.map((p) => p.cx);
    expect(Math.min(...xs)).toBeCloseTo(m.plot.x);
    expect(Math.max(...xs)).toBeCloseTo(m.plot.x + m.plot.width);
  });
  test.each([
    ['plan', 2015, 2025],
    ['break', 2015, 2021],
    ['target', 2015, 2026],
    ['all', 2015, 2026],
  ] as const)('view %s spans the years %i to %i, with a tick for every year', (view, first, last) => {
    const m = layoutLine(fixture, view, desktop, 'en');
    expect(m.xTicks.map((t) => t.k)).toEqual(Array.from({ length: last - first + 1 }, (_, i) => `xtick-mark-${first + i}`));
  });
  test('year labels are whole years (full or ’yy), never fractions', () => {
    for (const size of [mobile, desktop]) {
      const m = layoutLine(fixture, 'all', size, 'en');
      const years = m.texts.filter((t) => t.k.startsWith('xtick-')).map((t) => t.text);
      expect(years.length).toBeGreaterThanOrEqual(3);
      expect(years.every((y) => /^(\d{4}|’\d{2})$/.test(y))).toBe(true);
    }
  });
  test('y tick labels are in the language’s unit: 亿 in zh, billions in en', () => {
    const zh = layoutLine(fixture, 'plan', desktop, 'zh').texts.filter((t) => t.k.startsWith('ytick-'));
    const en = layoutLine(fixture, 'plan', desktop, 'en').texts.filter((t) => t.k.startsWith('ytick-'));
    expect(zh.map((t) => t.text)).toContain('200');
    expect(en.map((t) => t.text)).toContain('20');
    expect(layoutLine(fixture, 'plan', desktop, 'en').texts.find((t) => t.k === 'unit')?.text).toBe('billion yuan');
  });
  test('the break view leaves room above its largest value and gives the break a wide band, the last point off the edge', () => {
    const m = layoutLine(gdp, 'break', desktop, 'zh');
    const top = Math.min(...m.grid.map((g) => g.y));
    const p2021 = m.points.find((p) => p.k === 'point-gdp-2021');
    expect((p2021?.cy ?? 0) - top).toBeGreaterThan(40);
    expect(m.bands[0]?.width ?? 0).toBeGreaterThan(m.plot.width * 0.25);
    expect(m.plot.x + m.plot.width - (p2021?.cx ?? Infinity)).toBeGreaterThan(20);
  });
  test('yearScale is linear without breaks and gives a listed break its share of the width', () => {
    const plain = yearScale(2015, 2021, 0, 600);
    expect(plain(2018)).toBeCloseTo(300);
    const wide = yearScale(2015, 2021, 0, 600, [[2020, 2021]], 0.3, 0);
    expect(wide(2021) - wide(2020)).toBeCloseTo(180);
    expect(wide(2015)).toBeCloseTo(0);
    expect(wide(2021)).toBeCloseTo(600);
    expect(wide(2017.5) - wide(2015)).toBeCloseTo(wide(2020) - wide(2017.5));
  });
});

describe('layoutLine rates', () => {
  test('record draws the growth record as a hatched planned bar and a solid achieved bar, and no levels', () => {
    const m = layoutLine(fixture, 'record', desktop, 'zh');
    expect(m.bars.map((b) => [b.k, b.look])).toEqual([
      ['bar-gdp-2015-2020-planned', 'planned'],
      ['bar-gdp-2015-2020-achieved', 'actual'],
    ]);
    const [planned, achieved] = m.bars;
    expect((planned?.width ?? 0) / (achieved?.width ?? 1)).toBeCloseTo(8 / 7);
    expect(m.points).toEqual([]);
    expect(m.lines).toEqual([]);
  });
  test.each([
    ['zh', ['地区生产总值（可比价）', '规划 7%/年', '实际 6.1%/年', '✗ 未完成：低 0.9 个百分点']],
    ['en', ['GDP, at comparable prices', 'planned 7% a year', 'achieved 6.1% a year', '✗ Missed by 0.9 points']],
  ] as const)('record (%s) names the prices the rates are at, labels each bar and says by how much the plan was missed', (lang, texts) => {
    const m = layoutLine(gdp, 'record', desktop, lang);
    expect(m.texts.map((t) => t.text)).toEqual(expect.arrayContaining([...texts]));
  });
  test('record’s bars fit a phone: every label inside the plot, none overlapping', () => {
    for (const lang of LANGS) {
      const m = layoutLine(gdp, 'record', mobile, lang);
      expect(
        m.texts.find((t) => t.k === 'label-bar-gdp-2015-2020-achieved'),
        lang,
      ).toBeDefined();
      for (const t of m.texts) {
        const box = textBox(t);
        expect(box.x, `${lang} ${t.k}`).toBeGreaterThanOrEqual(-0.5);
        expect(box.x + box.width, `${lang} ${t.k}`).toBeLessThanOrEqual(m.width + 0.5);
        expect(box.y + box.height, `${lang} ${t.k}`).toBeLessThanOrEqual(m.height);
      }
    }
  });
  test('record’s table, legend and summary are the growth record at comparable prices', () => {
    const text = layoutLine(gdp, 'record', desktop, 'en', sources).text;
    expect(text.table.columns).toEqual(['Period', 'Planned', 'Achieved', 'Status', 'Source']);
    expect(text.table.rows.map((r) => r.slice(0, 4))).toEqual([['2016–2020', '7% a year', '6.1% a year', 'Missed']]);
    expect(text.legend.map((l) => `${l.label}:${l.swatch}`)).toEqual(['Planned:planned', 'Achieved:square']);
    expect(text.summary).toContain('at comparable prices');
  });
});

describe('layoutLine marks', () => {
  test('plan shows the two actuals joined by one solid line', () => {
    const m = layoutLine(fixture, 'plan', desktop, 'zh');
    expect(m.points.filter((p) => p.shape === 'dot').map((p) => p.k)).toEqual(['point-gdp-2015', 'point-gdp-2020']);
    const actual = m.lines.filter((l) => l.k.startsWith('line-'));
    expect(actual).toHaveLength(1);
    expect(actual[0]?.dash).toBeUndefined();
  });
  test('the break view draws no line across the break, a band between 2020 and 2021, and the estimate as a ring', () => {
    const m = layoutLine(fixture, 'break', desktop, 'en');
    expect(lineKeys(m)).toEqual(['line-gdp-2015-2020']);
    expect(m.bands.map((b) => b.k)).toEqual(['break-gdp-2020-2021']);
    const p2020 = m.points.find((p) => p.k === 'point-gdp-2020');
    const p2021 = m.points.find((p) => p.k === 'point-gdp-2021');
    expect(m.bands[0]?.ruleX).toBeGreaterThan(p2020?.cx ?? Infinity);
    expect(m.bands[0]?.ruleX).toBeLessThan(p2021?.cx ?? -Infinity);
    expect(p2021?.shape).toBe('ring');
  });
  test('the break view marks the span from 2020’s value to 2021’s on the break, not joining the points', () => {
    const m = layoutLine(fixture, 'break', desktop, 'en');
    const p2020 = m.points.find((p) => p.k === 'point-gdp-2020');
    const p2021 = m.points.find((p) => p.k === 'point-gdp-2021');
    expect(m.spans).toEqual([{ k: 'span-break-gdp-2020-2021', x: m.bands[0]?.ruleX, y1: p2020?.cy, y2: p2021?.cy }]);
    expect(layoutLine(fixture, 'all', desktop, 'en').spans).toEqual([]);
  });
  test('targets are bullseyes reached by dashed required paths from a point of their own scope', () => {
    const m = layoutLine(fixture, 'all', desktop, 'zh');
    expect(keys(m, 'point-gdp-202').length).toBe(4);
    expect(m.points.filter((p) => p.shape === 'bullseye').map((p) => p.k)).toEqual(['point-gdp-2025', 'point-gdp-2026']);
    expect(lineKeys(m)).toEqual(['line-gdp-2015-2020', 'path-gdp-2020-2025', 'path-gdp-2021-2026']);
    expect(m.lines.filter((l) => l.k.startsWith('path-')).every((l) => l.dash === '6 4')).toBe(true);
  });
  test('a required path ends on its target', () => {
    const m = layoutLine(fixture, 'plan', desktop, 'en');
    const path = m.lines.find((l) => l.k === 'path-gdp-2020-2025');
    const target = m.points.find((p) => p.k === 'point-gdp-2025');
    const end = path?.d.match(/([\d.]+),([\d.]+)$/);
    expect(Number(end?.[1])).toBeCloseTo(target?.cx ?? 0, 3);
    expect(Number(end?.[2])).toBeCloseTo(target?.cy ?? 0, 3);
  });
  test('marks keep their keys from one view to the next so they can move', () => {
    const a = layoutLine(fixture, 'plan', desktop, 'en');
    const b = layoutLine(fixture, 'all', desktop, 'en');
    expect(keys(b, 'point')).toEqual(expect.arrayContaining(keys(a, 'point')));
    expect(lineKeys(b)).toContain('line-gdp-2015-2020');
  });
});

describe('layoutLine labels', () => {
  test.each(cases)('no two pieces of text overlap in view %s (%s) at 360 px, tall or at the frame’s 1.6 aspect', (view, lang) => {
    for (const size of [mobile, { width: 360, height: 225 }]) {
      const m = layoutLine(gdp, view, size, lang, sources);
      const boxes = m.texts.map((t) => ({ k: t.k, box: textBox(t) }));
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          expect(overlaps(a.box, b.box), `${size.height}: ${a.k} overlaps ${b.k}`).toBe(false);
        }
      }
    }
  });
  test.each(cases)('labels of view %s (%s) stay inside the plot at 360 px', (view, lang) => {
    const m = layoutLine(gdp, view, mobile, lang, sources);
    for (const { k, box } of m.labelBoxes) {
      expect(box.x, k).toBeGreaterThanOrEqual(-0.5);
      expect(box.x + box.width, k).toBeLessThanOrEqual(m.width + 0.5);
      expect(box.y, k).toBeGreaterThanOrEqual(0);
    }
  });
  test.each([
    ['plan', ['label-point-gdp-2025', 'label-path-gdp-2020-2025']],
    ['break', ['label-span-break-gdp-2020-2021', 'label-point-gdp-2021', 'label-point-gdp-2020']],
    ['target', ['label-point-gdp-2026', 'label-path-gdp-2021-2026']],
    ['all', ['label-point-gdp-2026', 'label-path-gdp-2021-2026']],
  ] as const)('view %s keeps its key labels at 360 px in both languages', (view, wanted) => {
    for (const lang of LANGS) {
      const placed = layoutLine(gdp, view, mobile, lang, sources).labelBoxes.map((b) => b.k);
      expect(placed, lang).toEqual(expect.arrayContaining([...wanted]));
    }
  });
  test('value labels are formatted in the language', () => {
    const zh = layoutLine(gdp, 'target', desktop, 'zh').texts.map((t) => t.text);
    const en = layoutLine(gdp, 'target', desktop, 'en').texts.map((t) => t.text);
    expect(zh).toEqual(expect.arrayContaining(['236.48 亿元', '587 亿元', '超过 800 亿元', '6.4%/年以上']));
    expect(en).toEqual(
      expect.arrayContaining([
        '23.6 billion yuan',
        '58.7 billion yuan',
        'Target, more than',
        '80 billion yuan',
        'Needed: at least',
        '6.4% a year',
      ]),
    );
  });
  test('the break label reads “scope changed: not comparable”', () => {
    const zh = layoutLine(gdp, 'all', desktop, 'zh')
      .texts.filter((t) => t.k.startsWith('label-break'))
      .map((t) => t.text);
    const en = layoutLine(gdp, 'all', desktop, 'en')
      .texts.filter((t) => t.k.startsWith('label-break'))
      .map((t) => t.text);
    expect(zh).toEqual(['口径变化', '不可比']);
    expect(en).toEqual(['Scope changed:', 'not comparable']);
  });
  test('the break view names the span a wider statistical scope, never growth', () => {
    const label = (lang: Lang) =>
      layoutLine(gdp, 'break', desktop, lang)
        .texts.filter((t) => t.k.startsWith('label-span'))
        .map((t) => t.text);
    expect(label('zh')).toEqual(['统计范围扩大', '不能与 2020 年比较']);
    expect(label('en')).toEqual(['Wider statistical scope', 'not comparable with 2020']);
    expect(label('zh').join('')).not.toContain('增长');
    expect(label('en').join(' ')).not.toMatch(/grow/i);
  });
  test('no levels view labels the 2016–2020 growth record on its line: the rate is not what the line encodes', () => {
    for (const view of GDP_VIEWS)
      expect(layoutLine(gdp, view, desktop, 'zh').texts.some((t) => t.k.startsWith('label-growth'))).toBe(false);
  });
  test.each([
    { width: 300, height: 220 },
    { width: 1000, height: 700 },
  ])('every view lays out at $width×$height with finite positions', (size) => {
    for (const view of GDP_VIEWS) {
      const m = layoutLine(gdp, view, size, 'zh');
      const numbers = [...m.points.flatMap((p) => [p.cx, p.cy]), ...m.texts.flatMap((t) => [t.x, t.y])];
      expect(numbers.every(Number.isFinite)).toBe(true);
      expect(m.plot.height).toBeGreaterThan(0);
    }
  });
});

describe('layoutLine text (real data)', () => {
  test.each([
    ['record', 'zh', '“十三五”时期 GDP 年均增长 6.1%，低于 7% 的规划目标'],
    ['record', 'en', 'GDP grew 6.1% a year in 2016–2020, short of the 7% planned'],
    ['plan', 'zh', '“十四五”目标：2025 年地区生产总值达到 350 亿元'],
    ['plan', 'en', "The 14th Plan's goal: GDP of 35 billion yuan by 2025"],
    ['break', 'zh', '2021 年预计 587 亿元：统计口径变了，不能与 2020 年的 236.48 亿元相比'],
    ['target', 'zh', '2026 年目标：地区生产总值超过 800 亿元'],
    ['target', 'en', 'The 2026 goal: GDP to pass 80 billion yuan'],
  ] as const)('the title of %s in %s is “%s”', (view, lang, title) => {
    expect(layoutLine(gdp, view, desktop, lang).text.title).toBe(title);
  });
  test('the break view’s subtitle gives the impossible one-year jump, 148%', () => {
    expect(layoutLine(gdp, 'break', desktop, 'en').text.subtitle).toContain('148%');
  });
  test('the summary states the values and the required rate', () => {
    const s = layoutLine(gdp, 'plan', desktop, 'en').text.summary;
    expect(s).toContain('23.6 billion yuan');
    expect(s).toContain('35 billion yuan');
    expect(s).toContain('8.2% a year');
    expect(s).toContain('6.1% a year');
  });
  test('notes give the price basis always, the current-price growth, and the break reason only when the break is in view', () => {
    const record = layoutLine(gdp, 'record', desktop, 'zh').text.notes;
    const brk = layoutLine(gdp, 'break', desktop, 'zh').text.notes;
    const reason = gdp.breaks?.[0]?.reason.zh ?? '';
    expect(record[0]).toContain('当年价');
    expect(record.join('')).toContain('8.3%');
    expect(record).not.toContain(reason);
    expect(brk).toContain(reason);
  });
  test.each([
    ['plan', ['2015', '2020', '2025']],
    ['break', ['2015', '2020', '2021']],
    ['target', ['2015', '2020', '2021', '2026']],
    ['all', ['2015', '2020', '2021', '2025', '2026']],
  ] as const)('the table of %s has a row for exactly the points shown', (view, years) => {
    const table = layoutLine(gdp, view, desktop, 'en', sources).text.table;
    expect(table.rows.map((r) => r[0])).toEqual(years);
    expect(table.columns).toEqual(['Year', 'Value', 'Kind', 'Scope', 'Source']);
  });
  test('a table row gives value, kind, scope and where in the source', () => {
    const row = layoutLine(gdp, 'all', desktop, 'zh', sources).text.table.rows.find((r) => r[0] === '2026');
    expect(row).toEqual(['2026', '超过 800 亿元', '目标', '新口径（2021 年起，较宽）', '中共衢州市柯城区委员会（2021-12），line 109']);
  });
  test('sources are those of the points shown', () => {
    expect(layoutLine(gdp, 'record', desktop, 'en').text.sourceIds).toEqual(['fyp14-outline']);
    expect(layoutLine(gdp, 'break', desktop, 'en').text.sourceIds).toEqual(['fyp14-outline', 'congress9-guide']);
  });
  test('the legend names only the kinds in view, each drawn as its points are', () => {
    const legend = (view: View) => layoutLine(gdp, view, desktop, 'en').text.legend.map((l) => `${l.label}:${l.swatch}`);
    expect(legend('break')).toEqual(['Actual:actual', 'Estimate:estimate']);
    expect(legend('all')).toEqual(['Actual:actual', 'Estimate:estimate', 'Target:target', 'Path at the required rate:required-path']);
  });
});

test('resolveView falls back to the dataset’s default for an unknown view', () => {
  expect(resolveView('gdp', 'nope')).toBe('record');
  expect(resolveView('gdp', 'break')).toBe('break');
  expect(() => resolveView('nope', 'record')).toThrow(/no views/);
});
