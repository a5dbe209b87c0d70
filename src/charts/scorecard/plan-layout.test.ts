import { describe, expect, test } from 'vitest';
import { getDataset } from '../../model/bundle.ts';
import type { Lang, PlanTargetsDataset } from '../../model/types.ts';
import { overlaps, type Box } from '../kit/geometry/avoid-overlap.ts';
import { textBox } from '../kit/geometry/text-mark.ts';
import type { ScorecardModel } from './model.ts';
import { layoutPlan } from './plan-layout.ts';

const plan = getDataset('plan-2025', 'plan-targets');
const langs: Lang[] = ['zh', 'en'];
/** The story's graphic on a phone and a laptop, an embed on both, the snapshot sizes, and the contract's corners. */
const ledgerSizes = [
  { width: 366, height: 340 },
  { width: 360, height: 340 },
  { width: 374, height: 374 },
  { width: 640, height: 400 },
  { width: 760, height: 380 },
  { width: 804, height: 587 },
  { width: 1000, height: 700 },
];
const overviewSizes = [
  { width: 300, height: 220 },
  { width: 360, height: 300 },
  { width: 400, height: 250 },
  { width: 374, height: 234 },
  // A slide's chart at 1024×768 beside a long text, laid out for the slide (1/1.8 of its box).
  { width: 278, height: 160 },
];
const all = [...ledgerSizes, ...overviewSizes].flatMap((size) => langs.map((lang) => [size, lang] as const));
const label = (m: ScorecardModel, k: string) => m.labels.find((l) => l.k === k)?.text;

/** Every box the plot draws: text, tiles, result boxes, binding squares (a "?" sits inside its own box). */
function boxes(m: ScorecardModel): { k: string; box: Box }[] {
  const ledger = m.ledger;
  return [
    ...m.labels.filter((l) => !l.k.startsWith('plan-result-text-')).map((l) => ({ k: l.k, box: textBox(l) })),
    ...m.tiles.map((t) => ({ k: t.k, box: { x: t.x, y: t.y, width: t.size, height: t.size } })),
    ...(ledger ? [...ledger.results, ...ledger.binding] : []).map((b) => ({ k: b.k, box: b })),
  ];
}

describe('layoutPlan', () => {
  test.each(ledgerSizes.flatMap((size) => langs.map((lang) => [size, lang] as const)))(
    'at %o in %s draws a row per indicator: name, base, arrow, target point and text, and a "?" result box',
    (size, lang) => {
      const m = layoutPlan(plan, size, lang);
      expect(m.ledger).toBeDefined();
      for (const i of plan.indicators) {
        for (const k of ['name', 'base', 'arrow', 'target', 'result-text'])
          expect(label(m, `plan-${k}-${i.id}`), `${k} of ${i.id}`).toBeTruthy();
        expect(m.ledger?.targets.map((r) => r.k)).toContain(`plan-point-${i.id}`);
        expect(m.ledger?.results.map((b) => b.k)).toContain(`plan-result-${i.id}`);
      }
      expect(m.labels.filter((l) => l.k.startsWith('plan-result-text-')).map((l) => l.text)).toEqual(plan.indicators.map(() => '?'));
    },
  );

  test.each(all)('at %o in %s keeps every label, box and tile apart and inside the plot', (size, lang) => {
    const m = layoutPlan(plan, size, lang);
    const drawn = boxes(m);
    for (const [i, { k, box }] of drawn.entries()) {
      expect(box.x, k).toBeGreaterThanOrEqual(-0.5);
      expect(box.y, k).toBeGreaterThanOrEqual(-0.5);
      expect(box.x + box.width, k).toBeLessThanOrEqual(size.width + 0.5);
      expect(box.y + box.height, k).toBeLessThanOrEqual(size.height + 0.5);
      for (const other of drawn.slice(i + 1)) expect(overlaps(box, other.box), `${k} and ${other.k}`).toBe(false);
    }
  });

  test.each(overviewSizes.flatMap((size) => langs.map((lang) => [size, lang] as const)))(
    'at %o in %s, too small for a row each, shows every group with its count over a "?" tile per indicator, at least 16 px',
    (size, lang) => {
      const m = layoutPlan(plan, size, lang);
      expect(m.ledger).toBeUndefined();
      expect(m.tiles.map((t) => t.k)).toEqual(plan.indicators.map((i) => `tile-plan-${i.id}`));
      for (const t of m.tiles) expect([t.status, t.size >= 16]).toEqual(['unpublished', true]);
    },
  );

  test.each([
    ['zh', '6 项，2 项约束性'],
    ['en', '6, 2 binding'],
  ] as [Lang, string][])('the overview counts each group and its binding indicators (%s)', (lang, text) => {
    const m = layoutPlan(plan, { width: 360, height: 300 }, lang);
    expect(label(m, 'plan-count-livelihood')).toBe(text.replace('6', '7'));
  });

  test('marks exactly the binding indicators with a square before the name', () => {
    const m = layoutPlan(plan, { width: 366, height: 340 }, 'en');
    const binding = plan.indicators.filter((i) => i.attribute === 'binding').map((i) => `plan-binding-${i.id}`);
    expect(m.ledger?.binding.map((b) => b.k)).toEqual(binding);
    for (const b of m.ledger?.binding ?? []) {
      const name = m.labels.find((l) => l.k === b.k.replace('plan-binding-', 'plan-name-'));
      expect(b.x + b.width).toBeLessThan(name?.x ?? 0);
    }
  });

  test.each([
    [{ width: 804, height: 587 }, 'zh', '增长 3.7%', '与GDP增速同步'],
    [{ width: 804, height: 587 }, 'en', '3.7% growth', 'growing in step with GDP'],
    [{ width: 366, height: 340 }, 'zh', '+3.7%', '与GDP同步'],
    [{ width: 366, height: 340 }, 'en', '+3.7%', 'with GDP'],
  ] as const)(
    'at %o in %s writes the 2020 budget revenue as a growth rate (%s) and its target as the table words it (%s)',
    (size, lang, base, target) => {
      const m = layoutPlan(plan, size, lang);
      expect(label(m, 'plan-base-public-budget-revenue')).toBe(base);
      expect(label(m, 'plan-target-public-budget-revenue')).toBe(target);
    },
  );

  test.each([
    [{ width: 804, height: 587 }, 'zh', ['236.5', '350 亿元', '未公布', '14.5 万元']],
    [{ width: 804, height: 587 }, 'en', ['23.7', '35 billion yuan', 'not published', '145,000 yuan']],
    [{ width: 366, height: 340 }, 'zh', ['236.5', '350', '*', '14.5万']],
    [{ width: 366, height: 340 }, 'en', ['23.7bn', '35bn', '*', '145,000']],
  ] as const)('at %o in %s sets GDP and GDP per capita in their units, formatted as the story does: %o', (size, lang, expected) => {
    const m = layoutPlan(plan, size, lang);
    const keys = ['plan-base-gdp', 'plan-target-gdp', 'plan-base-gdp-per-capita', 'plan-target-gdp-per-capita'];
    expect(keys.map((k) => label(m, k))).toEqual(expected);
  });

  test('draws targets in the target colour after their point, and mutes a base the table does not give ("*" or empty)', () => {
    const m = layoutPlan(plan, { width: 640, height: 400 }, 'en');
    expect(new Set(m.labels.filter((l) => l.k.startsWith('plan-target-')).map((l) => l.tone))).toEqual(new Set(['var(--_target)']));
    const muted = m.labels.filter((l) => l.k.startsWith('plan-base-') && l.tone === 'muted').map((l) => l.k.replace('plan-base-', ''));
    expect(muted).toEqual(plan.indicators.filter((i) => i.base?.value === undefined).map((i) => i.id));
    expect(label(m, 'plan-base-business-environment')).toBe('—');
    expect(label(m, 'plan-base-life-expectancy')).toMatch(/^(\*|not published)$/);
  });

  test('lays the groups out as the table has them: one column of full rows on a laptop, two columns or one on smaller plots', () => {
    const laptop = layoutPlan(plan, { width: 804, height: 587 }, 'en');
    expect(label(laptop, 'plan-name-doctors')).toBe('Licensed (assistant) doctors per 1,000 residents');
    const groupX = (m: ScorecardModel) => ['strength', 'livelihood'].map((g) => m.labels.find((l) => l.k === `plan-group-${g}`)?.x);
    expect(groupX(laptop)).toEqual([0, 0]);
    const embed = layoutPlan(plan, { width: 760, height: 380 }, 'en');
    expect(groupX(embed)[1]).toBeGreaterThan(300);
    const phone = layoutPlan(plan, { width: 360, height: 340 }, 'en');
    expect(label(phone, 'plan-name-doctors')).toBe('Doctors/1,000');
    // the gutter of group names gives way to the rows: long words break at their hyphenation points
    expect(label(phone, 'plan-group-livelihood')).toBe('Liveli-');
  });
});

describe('planText', () => {
  const desktop = { width: 804, height: 587 };

  test.each([
    ['zh', '22 项 2025 年目标已到期，这些文件中没有结果'],
    ['en', '22 targets for 2025 have come due; these documents report no results'],
  ] as [Lang, string][])('the %s title counts the targets and says no result is published', (lang, title) => {
    expect(layoutPlan(plan, desktop, lang).text.title).toBe(title);
  });

  test('the counts and years come from the data: a three-indicator fixture of another plan gives its own title', () => {
    const fixture: PlanTargetsDataset = { ...plan, baseYear: 2025, targetYear: 2030, indicators: plan.indicators.slice(0, 3) };
    expect(layoutPlan(fixture, desktop, 'en').text.title).toBe('3 targets for 2030 have come due; these documents report no results');
    expect(layoutPlan(fixture, desktop, 'en').text.subtitle).toContain('2025 bases and 2030 targets, 0 of them binding');
  });

  test('the summary gives an example, lists the binding indicators with their values, and says no 2025 result is published', () => {
    const zh = layoutPlan(plan, desktop, 'zh').text.summary;
    expect(zh).toContain('地区生产总值（GDP）从 236.5 亿元 到 350 亿元');
    expect(zh).toContain('6 项为约束性指标：城镇登记失业率（1.8% → 1.6%）');
    expect(zh).toContain('没有任何一项指标的 2025 年结果');
    const en = layoutPlan(plan, desktop, 'en').text.summary;
    expect(en).toContain('6 are binding: registered urban unemployment rate (1.8% → 1.6%)');
    expect(en).toContain('average PM2.5 concentration (26 μg/m³ → meet the provincial and city tasks)');
    expect(en).toContain('None has a 2025 result in these documents.');
  });

  test('the legend names the target, the binding square and the "?" box, whichever way the plot is laid out', () => {
    const legend = (size: { width: number; height: number }, lang: Lang) =>
      layoutPlan(plan, size, lang).text.legend.map((l) => [l.swatch, l.label]);
    expect(legend(desktop, 'en')).toEqual([
      ['target', '2025 target'],
      ['square', 'Binding'],
      ['hatched', '? No result published'],
    ]);
    expect(legend({ width: 300, height: 220 }, 'zh')).toEqual(legend(desktop, 'zh'));
  });

  test('the table lists every indicator in full with group, unit, base, target, attribute, result and note', () => {
    const { table } = layoutPlan(plan, desktop, 'zh').text;
    expect(table.columns).toEqual(['指标', '类别', '单位', '2020 年', '2025 年目标', '指标属性', '2025 年结果', '说明']);
    expect(table.rows).toHaveLength(22);
    expect(table.rows[0]?.slice(0, 7)).toEqual(['地区生产总值（GDP）', '综合实力', '亿元', '236.5', '350', '预期性', '未见公布']);
    expect(table.rows[1]?.slice(2, 5)).toEqual(['万元', '*（暂未公布）', '14.5']);
    expect(table.rows[10]?.slice(3, 6)).toEqual(['1.8%', '1.6%', '约束性']);
    expect(table.rows[10]?.[7]).toContain('1.77%');
  });

  test('each table row names its unit, source and line in Table 2', () => {
    const { table } = layoutPlan(plan, desktop, 'en').text;
    expect(table.refs?.[0]).toEqual({ unit: 'billion yuan', source: 'fyp14-outline', locator: 'Table 2, line 444' });
    expect(table.rows[0]?.slice(2, 5)).toEqual(['billion yuan', '23.7', '35']);
    expect(table.refs?.map((r) => r.locator)).toEqual(plan.indicators.map((i) => i.locator));
  });

  test('the notes are Table 2’s three and the dataset’s own, in the language', () => {
    const notes = layoutPlan(plan, desktop, 'en').text.notes;
    expect(notes).toHaveLength(plan.notes?.length ?? 0);
    expect(notes[2]).toContain('If a base is adjusted');
  });
});
