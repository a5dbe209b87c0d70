import { describe, expect, test } from 'vitest';
import { bundle } from '../../model/bundle.ts';
import type { Lang } from '../../model/types.ts';
import { overlaps, type Box } from '../kit/geometry/avoid-overlap.ts';
import { textBox } from '../kit/geometry/text-mark.ts';
import { textWidth } from '../kit/geometry/text-width.ts';
import type { TrackerInput } from './inputs.ts';
import { layoutTracker, layoutTrackerView, type TrackerModel } from './layout.ts';
import { VIEWS, type View } from './views.ts';

/** A hand-written input: 100 → 200 in ten years (7.18 % a year) against 5 % achieved and 10 % planned. */
const input: TrackerInput = {
  view: 'gdp-2025',
  subject: { zh: '测试值', en: 'the test value' },
  unit: 'yi-yuan',
  baseline: { year: 2020, value: 100, kind: 'actual', source: 'a', locator: 'l1' },
  target: { year: 2030, value: 200, kind: 'target', source: 'b', locator: 'l2' },
  rates: [
    { kind: 'achieved', from: 2010, to: 2015, value: 5, source: 'a', locator: 'l3' },
    { kind: 'planned', from: 2010, to: 2015, value: 10, source: 'a', locator: 'l4' },
  ],
  notes: [],
};
const size = { width: 400, height: 300 };
const mobile = { width: 360, height: 300 };
const wide = { width: 640, height: 400 };
const cases = VIEWS.flatMap((view) => (['zh', 'en'] as Lang[]).map((lang) => [view, lang] as [View, Lang]));
const real = (view: View, lang: Lang, s = mobile) => layoutTrackerView(bundle.datasets, view, s, lang, bundle.sources);

function textBoxes(m: TrackerModel): { k: string; box: Box }[] {
  return [
    ...m.texts.map((t) => ({ k: t.k, box: textBox(t) })),
    ...m.rowLabels.map((l) => ({
      k: l.k,
      box: { x: l.x, y: l.y - l.size * 0.82, width: textWidth(l.main + l.qualifier, l.size), height: l.size * 1.07 },
    })),
  ];
}

describe('layoutTracker geometry', () => {
  test('the gauge fills from zero to the baseline and hatches on to the target at the right edge', () => {
    const m = layoutTracker(input, size, 'en');
    expect(m.gauge.base.x).toBe(0);
    expect(m.gauge.base.width).toBeCloseTo((size.width - 2) / 2);
    expect(m.gauge.gap.x + m.gauge.gap.width).toBeCloseTo(size.width - 2);
    expect(m.gauge.base.look).toBe('actual');
    expect(m.gauge.gap.look).toBe('planned');
  });
  test('rate bars start at zero, scale with the rate, and the required one comes first', () => {
    const m = layoutTracker(input, size, 'en');
    expect(m.bars.map((b) => b.kind)).toEqual(['required', 'achieved', 'planned']);
    const [req, ach, plan] = m.bars;
    expect(req?.width).toBeCloseTo(((plan?.width ?? 0) * 7.177) / 10, 1);
    expect(ach?.width).toBeCloseTo((plan?.width ?? 0) / 2);
    expect(m.bars.every((b) => b.x === 0)).toBe(true);
  });
  test('each rate is drawn as its meaning: required dashed, achieved solid as an actual value, planned hatched', () => {
    const m = layoutTracker(input, size, 'zh');
    expect(m.bars.map((b) => b.look)).toEqual(['required', 'actual', 'planned']);
  });
  test('a rule at the required rate crosses each past bar', () => {
    const m = layoutTracker(input, size, 'zh');
    expect(m.rule.d.match(/M/g)).toHaveLength(2);
    expect(Number(m.rule.d.match(/^M([\d.]+)/)?.[1])).toBeCloseTo(m.bars[0]?.width ?? 0);
  });
  test('the gap to the target is labelled as a percentage', () => {
    expect(layoutTracker(input, size, 'en').texts.find((t) => t.k === 'gauge-gap-label')?.text).toBe('+100%');
  });
  test('bars and value labels fit within the width', () => {
    for (const m of [layoutTracker(input, mobile, 'en'), real('income-2026', 'en')]) {
      for (const { k, box } of textBoxes(m)) expect(box.x + box.width, k).toBeLessThanOrEqual(m.width + 0.5);
    }
  });
  test.each(cases)('no two pieces of text overlap in %s (%s) at 360 px, tall or at the frame’s 1.6 aspect', (view, lang) => {
    for (const size of [mobile, { width: 360, height: 225 }, { width: 366, height: 165 }]) {
      const boxes = textBoxes(real(view, lang, size));
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) expect(overlaps(a.box, b.box), `${size.height}: ${a.k} overlaps ${b.k}`).toBe(false);
      }
    }
  });
  test.each([
    { width: 300, height: 220 },
    { width: 1000, height: 700 },
  ])('every view fits in $width×$height', (s) => {
    for (const view of VIEWS) {
      const m = real(view, 'zh', s);
      const bottom = Math.max(...m.bars.map((b) => b.y + b.height));
      expect(bottom).toBeLessThanOrEqual(s.height);
      expect(m.bars.every((b) => b.height >= 6)).toBe(true);
    }
  });
  test.each(cases)('in %s (%s) no row label reaches into another row’s bar, even on a phone’s cramped plot', (view, lang) => {
    for (const size of [mobile, { width: 366, height: 165 }]) {
      const m = real(view, lang, size);
      for (const l of m.rowLabels) {
        const box = { x: l.x, y: l.y - l.size * 0.82, width: textWidth(l.main + l.qualifier, l.size), height: l.size * 1.07 };
        for (const b of m.bars) expect(overlaps(box, b), `${size.height}: ${l.k} overlaps ${b.k}`).toBe(false);
      }
      expect(m.bars.every((b) => b.height >= 3)).toBe(true);
    }
  });
});

describe('layoutTracker text', () => {
  test.each([
    ['gdp-2025', 'zh', '所需增速：年均 8.2%，地区生产总值方能在 2025 年达到 350 亿元'],
    ['gdp-2025', 'en', 'The pace required: 8.2% a year for GDP to reach 35 billion yuan by 2025'],
    ['gdp-2026', 'zh', '所需增速：年均 6.4% 以上，地区生产总值方能在 2026 年突破 800 亿元'],
    ['gdp-2026', 'en', 'The pace required: at least 6.4% a year for GDP to pass 80 billion yuan by 2026'],
    ['income-2026', 'zh', '所需增速：年均 7.8%，居民人均可支配收入方能在 2026 年达到 7.4 万元'],
    ['income-2026', 'en', 'The pace required: 7.8% a year for disposable income per person to reach 74,000 yuan by 2026'],
    ['retail-2026', 'zh', '所需增速：年均 7.3% 以上，社会消费品零售总额方能在 2026 年突破 320 亿元'],
    ['retail-2026', 'en', 'The pace required: at least 7.3% a year for retail sales to pass 32 billion yuan by 2026'],
  ] as const)('the title of %s in %s is “%s”', (view, lang, title) => {
    expect(real(view, lang).text.title).toBe(title);
  });
  test.each([
    [
      'gdp-2025',
      'zh',
      '所需增速低于 2016—2020 年实际的 8.3%（当年价）。与 2016—2020 年实际的 6.1%（可比价）、规划的 7%（可比价）价格口径不同，不能直接比较。',
    ],
    [
      'gdp-2026',
      'en',
      'That is slower than the 8.3% achieved in 2016–2020 at current prices. It cannot be compared directly with the 6.1% achieved in 2016–2020 at comparable prices, which excludes price changes.',
    ],
    ['retail-2026', 'en', 'That is faster than the 5.7% achieved in 2016–2020; slower than the 8.5% planned in 2016–2020.'],
  ] as const)('the reading of %s in %s compares the required rate only with rates at its own prices', (view, lang, reading) => {
    expect(real(view, lang, wide).text.subtitle).toBe(reading);
    expect(real(view, lang).text.summary).toContain(reading);
  });
  test.each([
    ['gdp-2025', 'zh', '所需增速低于图中 1 个过去的增速；另有 2 个增速价格口径不同，不能直接比较。'],
    ['gdp-2026', 'en', 'Slower than 1 past rate shown; 1 at other prices cannot be compared directly.'],
    ['retail-2026', 'en', 'Faster than 1 past rate shown; slower than 1 past rate shown.'],
    ['income-2026', 'en', 'Slower than all 4 past rates shown.'],
    ['income-2026', 'zh', '所需增速低于图中全部 4 个过去的增速。'],
  ] as const)('on a phone the reading of %s in %s is in counts: “%s”', (view, lang, reading) => {
    expect(real(view, lang).text.subtitle).toBe(reading);
  });
  test('income needs less than every rate of the past', () => {
    const s = real('income-2026', 'en', wide).text.subtitle ?? '';
    expect(
      s.startsWith('That is slower than the 7.9% achieved for urban residents in 2017–2021, the 9.8% achieved for rural residents'),
    ).toBe(true);
    expect(s).not.toContain('faster');
  });
  test('value labels give the rates in the language, a floor as “at least”', () => {
    const zh = real('gdp-2026', 'zh').texts.map((t) => t.text);
    const en = real('gdp-2026', 'en').texts.map((t) => t.text);
    expect(zh).toEqual(expect.arrayContaining(['6.4%/年以上', '6.1%/年', '8.3%/年', '587 亿元', '突破 800 亿元']));
    expect(en).toEqual(
      expect.arrayContaining(['at least 6.4% a year', '6.1% a year', '58.7 billion yuan', '80 billion yuan', '2026 target, at least']),
    );
  });
  test('the table lists baseline, target, required and past rates with where they come from', () => {
    const rows = real('gdp-2025', 'en').text.table.rows;
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ['Actual', '2020', '23.6 billion yuan'],
      ['Target', '2025', '35 billion yuan'],
      ['Required, 2021–2025', '2021–2025', '8.2% a year'],
      ['2016–2020 achieved (comparable prices)', '2016–2020', '6.1% a year'],
      ['2016–2020 planned (comparable prices)', '2016–2020', '7% a year'],
      ['2016–2020 achieved (current prices)', '2016–2020', '8.3% a year'],
    ]);
    expect(rows[0]?.[3]).toBe("Kecheng District People's Government, Quzhou (2021), line 51");
  });
  test('notes explain the formula, a floor, and prices when they are mixed', () => {
    const notes = real('gdp-2026', 'zh').text.notes.join('\n');
    expect(notes).toContain('复利');
    expect(notes).toContain('下限');
    expect(notes).toContain('可比价');
    expect(notes).toContain('158.45 亿元');
    expect(real('income-2026', 'zh').text.notes.join('\n')).not.toContain('可比价');
  });
  test('sources are those of every number shown', () => {
    expect(real('retail-2026', 'en').text.sourceIds).toEqual(['congress9-guide', 'plenum2-guide', 'fyp14-outline']);
  });
  test('the legend shows planned only where a planned rate is drawn', () => {
    expect(real('gdp-2026', 'en').text.legend.map((l) => l.label)).toEqual(['Required', 'Achieved']);
    expect(real('retail-2026', 'en').text.legend.map((l) => `${l.label}:${l.swatch}`)).toEqual([
      'Required:required',
      'Achieved:square',
      'Planned:planned',
    ]);
  });
});
