import { describe, expect, it, test } from 'vitest';
import { formatMarkValue, formatRate, formatTick, formatValue, trimDecimals, unitLabel } from './format.ts';
import type { Lang, UnitKind } from './types.ts';

describe('formatValue(value, unit, lang)', () => {
  const cases: [number, UnitKind, Lang, string][] = [
    [236.48, 'yi-yuan', 'zh', '236.48 亿元'],
    [236.48, 'yi-yuan', 'en', '23.6 billion yuan'],
    [800, 'yi-yuan', 'en', '80 billion yuan'],
    [587, 'yi-yuan', 'en', '58.7 billion yuan'],
    [74000, 'yuan', 'zh', '7.4 万元'],
    [74000, 'yuan', 'en', '74,000 yuan'],
    [52862, 'yuan', 'zh', '52862 元'],
    [52862, 'yuan', 'en', '52,862 yuan'],
    [30, 'wan-yuan', 'zh', '30 万元'],
    [30, 'wan-yuan', 'en', '300,000 yuan'],
    [2000, 'wan-yuan', 'en', '20 million yuan'],
    [107, 'wan-yuan', 'en', '1.07 million yuan'],
    [2.5, 'yi-usd', 'en', 'US$250 million'],
    [6.1, 'percent', 'en', '6.1%'],
    [1.88, 'ratio', 'zh', '1.88'],
    [2, 'ratio', 'zh', '2.0'],
    [1.8, 'ratio', 'en', '1.8'],
    [236.5, 'yi-yuan', 'en', '23.7 billion yuan'],
    [2, 'ratio', 'en', '2.0'],
    [609, 'km2', 'en', '609 km²'],
    [53.24, 'wan-people', 'en', '532,400 people'],
    [211, 'count', 'en', '211'],
    [2, 'times', 'zh', '翻番'],
  ];
  it.each(cases)('formats %s %s in %s as %s', (value, unit, lang, expected) => {
    expect(formatValue(value, unit, lang)).toBe(expected);
  });
});

describe('trimDecimals(value, digits)', () => {
  it.each([
    [23.6, 1, '23.6'],
    [80.0, 1, '80'],
    [-0.0001, 2, '0'],
    [6.149, 1, '6.1'],
    [236.5 / 10, 1, '23.7'],
    [1.005, 2, '1.01'],
  ])('writes %s with %s decimals as %s', (value, digits, expected) => {
    expect(trimDecimals(value, digits)).toBe(expected);
  });
  it('refuses a value that is not a finite number', () => {
    expect(() => trimDecimals(Number.NaN, 1)).toThrow(RangeError);
  });
});

describe('axis labels', () => {
  it('writes 亿元 ticks in billions in English', () => {
    expect(formatTick(800, 'yi-yuan', 'en')).toBe('80');
    expect(formatTick(800, 'yi-yuan', 'zh')).toBe('800');
  });
  it('writes large yuan ticks in 万 in Chinese', () => {
    expect(formatTick(50000, 'yuan', 'zh')).toBe('5万');
    expect(formatTick(50000, 'yuan', 'en')).toBe('50,000');
  });
  it('names the unit in each language', () => {
    expect(unitLabel('yi-yuan', 'zh')).toBe('亿元');
    expect(unitLabel('yi-yuan', 'en')).toBe('billion yuan');
  });
  it('writes a rate per year', () => {
    expect(formatRate(6.12, 'zh')).toBe('6.1%/年');
    expect(formatRate(6.12, 'en')).toBe('6.1% a year');
  });
});

describe('formatMarkValue', () => {
  test('writes yuan in whole yuan in both languages, so one chart never mixes 元 and 万元', () => {
    expect(formatMarkValue(74000, 'yuan', 'zh')).toBe('74000 元');
    expect(formatMarkValue(50755, 'yuan', 'zh')).toBe('50755 元');
    expect(formatMarkValue(74000, 'yuan', 'en')).toBe('74,000 yuan');
  });
  test('writes every other unit as formatValue does', () => {
    expect(formatMarkValue(587, 'yi-yuan', 'zh')).toBe(formatValue(587, 'yi-yuan', 'zh'));
    expect(formatMarkValue(3.5, 'percent', 'en')).toBe(formatValue(3.5, 'percent', 'en'));
  });
});
