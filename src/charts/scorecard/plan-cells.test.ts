import { describe, expect, test } from 'vitest';
import type { Lang, PlanCell, PlanIndicator } from '../../model/types.ts';
import { planCellText, planCellWithUnit, planShortNumber, planUnit } from './plan-cells.ts';
import { planNumber, planValueText } from '../../model/plan-value.ts';

const at = { source: 'fyp14-outline', locator: 'Table 2, line 1' };
const row = (over: Partial<PlanIndicator>): PlanIndicator => ({
  id: 'x',
  group: 'g',
  name: { zh: '指标', en: 'Indicator' },
  unit: { zh: '个', en: 'places' },
  target: { value: 1, ...at },
  attribute: 'expected',
  ...at,
  ...over,
});
const gdp = row({ unit: { zh: '亿元', en: '100 million yuan' }, format: 'yi-yuan', target: { value: 350, ...at } });
const perCapita = row({ unit: { zh: '元', en: 'yuan' }, format: 'yuan', target: { value: 145000, ...at } });
const productivity = row({
  unit: { zh: '万元/人', en: '10,000 yuan per person' },
  format: 'wan-yuan-per-person',
  target: { value: 9.93, ...at },
});
const growth = row({ unit: { zh: '%', en: '%' }, format: 'percent', measure: 'growth' });
const places = row({});
/** The rows by name, so the tests read as sentences. */
const ROWS: Record<string, PlanIndicator> = { gdp, perCapita, productivity, growth, places };
const cell = (c: Omit<PlanCell, 'source' | 'locator'>): PlanCell => ({ ...c, ...at });

describe('planNumber(value, indicator, lang)', () => {
  test.each([
    [236.5, 'gdp', 'zh', '236.5', '亿元'],
    [236.5, 'gdp', 'en', '23.7', 'billion yuan'],
    [145000, 'perCapita', 'zh', '14.5', '万元'],
    [145000, 'perCapita', 'en', '145,000', 'yuan'],
    [9.93, 'productivity', 'en', '99,300', 'yuan per person'],
    [3.7, 'growth', 'en', '3.7%', ''],
    [5.64, 'places', 'en', '5.64', 'places'],
  ] as [number, string, Lang, string, string][])('splits %d of a %s row in %s into "%s" and "%s"', (value, name, lang, number, unit) => {
    expect(planNumber(value, ROWS[name]!, lang)).toEqual({ number, unit });
  });
});

describe('planShortNumber keeps the scale where leaving the unit out would mislead', () => {
  test.each([
    [350, 'gdp', 'zh', '350'],
    [350, 'gdp', 'en', '35bn'],
    [145000, 'perCapita', 'zh', '14.5万'],
    [145000, 'perCapita', 'en', '145,000'],
    [9.93, 'productivity', 'zh', '9.93万'],
    [6.5, 'places', 'zh', '6.5'],
  ] as [number, string, Lang, string][])('%d of a %s row in %s is "%s"', (value, name, lang, text) => {
    expect(planShortNumber(value, ROWS[name]!, lang)).toBe(text);
  });
});

describe('planCellText(cell, indicator, lang, form, unit)', () => {
  test.each([
    ['growth of 3.7', cell({ value: 3.7 }), 'growth', 'zh', 'full', '增长 3.7%'],
    ['growth of 3.7', cell({ value: 3.7 }), 'growth', 'en', 'full', '3.7% growth'],
    ['growth of 0.3', cell({ value: 0.3 }), 'growth', 'en', 'short', '+0.3%'],
    ['growth of -2', cell({ value: -2 }), 'growth', 'en', 'short', '-2%'],
    ['"*"', cell({ unpublished: true }), 'gdp', 'zh', 'full', '未公布'],
    ['"*"', cell({ unpublished: true }), 'gdp', 'en', 'short', '*'],
    [
      '完成省市任务',
      cell({ text: { zh: '完成省市任务', en: 'meet the provincial and city tasks' } }),
      'growth',
      'en',
      'full',
      'meet the provincial and city tasks',
    ],
    ['完成省市任务', cell({ text: { zh: '完成省市任务', en: 'meet the provincial and city tasks' } }), 'growth', 'zh', 'short', '完成任务'],
    ['words with no short form', cell({ text: { zh: '另有说法', en: 'some other words' } }), 'growth', 'en', 'short', 'some other words'],
    ['an empty cell', undefined, 'gdp', 'en', 'short', '—'],
  ] as [string, PlanCell | undefined, string, Lang, 'full' | 'short', string][])(
    '%s (%s row) in %s, %s, reads "%s"',
    (_name, c, name, lang, form, text) => {
      expect(planCellText(c, ROWS[name]!, lang, form)).toBe(text);
    },
  );

  test('a full number carries its unit only when asked', () => {
    expect(planCellText(cell({ value: 350 }), gdp, 'en', 'full')).toBe('35');
    expect(planCellText(cell({ value: 350 }), gdp, 'en', 'full', true)).toBe('35 billion yuan');
  });
});

describe('units for the table, the summary and the copy', () => {
  test('planUnit is the unit the numbers are shown in, else the table’s own', () => {
    expect([planUnit(gdp, 'en'), planUnit(perCapita, 'zh'), planUnit(growth, 'en'), planUnit(places, 'zh')]).toEqual([
      'billion yuan',
      '万元',
      '%',
      '个',
    ]);
  });
  test('planValueText and planCellWithUnit write a number in its unit and a "*" as not yet published', () => {
    expect(planValueText(6.5, places, 'en')).toBe('6.5 places');
    expect(planValueText(1.6, growth, 'zh')).toBe('1.6%');
    expect(planCellWithUnit(cell({ unpublished: true }), gdp, 'en')).toBe('* (not yet published)');
    expect(planCellWithUnit(cell({ value: 4.8 }), growth, 'en')).toBe('4.8% growth');
  });
});
