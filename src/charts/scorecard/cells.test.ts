import { describe, expect, test } from 'vitest';
import type { Indicator, Lang } from '../../model/types.ts';
import { cellText, changeText, rateText, targetText } from './cells.ts';

const base: Indicator = {
  id: 'gdp',
  category: 'economy',
  name: { zh: '地区生产总值', en: 'Gross domestic product' },
  unit: { zh: '亿元', en: '100 million yuan' },
  base2015: { value: 158.45 },
  targetGrowth: { value: 7 },
  value2020: { value: 236.5 },
  achievedGrowth: { value: 6.1 },
  status: 'missed',
  source: 's',
  locator: 'l',
};
const share: Indicator = {
  ...base,
  id: 'forest',
  unit: { zh: '%', en: '%' },
  base2015: { value: 70.5 },
  target2020: { value: 70, bound: 'min' },
  targetGrowth: undefined,
  value2020: { value: 55.7 },
  achievedGrowth: undefined,
};
const noEnd: Indicator = {
  ...base,
  id: 'exports',
  unit: { zh: '亿美元', en: '100 million US dollars' },
  base2015: { value: 2.5 },
  value2020: undefined,
  targetGrowth: { value: 8 },
  achievedGrowth: { value: 7.1 },
};
const text: Indicator = {
  ...base,
  id: 'structure',
  base2015: { text: { zh: '5:21:74', en: '5:21:74' } },
  value2020: { text: { zh: '3.5:19.1:77.4', en: '3.5:19.1:77.4' } },
  achievedGrowth: undefined,
};

describe('cellText', () => {
  test.each([
    [base.base2015, base, 'zh', true, '158.45 亿元'],
    [base.base2015, base, 'en', true, '15.8 billion yuan'],
    [base.base2015, base, 'en', false, '15.8'],
    [share.target2020, share, 'zh', true, '不低于 70%'],
    [share.target2020, share, 'en', true, 'at least 70%'],
    [text.base2015, text, 'en', true, '5:21:74'],
    [undefined, base, 'zh', true, undefined],
  ] as [Indicator['base2015'] | undefined, Indicator, Lang, boolean, string | undefined][])(
    'cellText(%j, …, %s, unit %s) is %j',
    (cell, indicator, lang, withUnit, expected) => {
      expect(cellText(cell, indicator, lang, withUnit)).toBe(expected);
    },
  );
});

describe('changeText', () => {
  test.each([
    [base, 'zh', false, '158.45 → 236.5 亿元（6.1%/年，目标 7%/年）'],
    [base, 'zh', true, '158.45 → 236.5 亿元'],
    [base, 'en', false, '15.8 → 23.7 billion yuan (6.1% a year; target 7% a year)'],
    [noEnd, 'zh', true, '2015 年 2.5 亿美元，7.1%/年'],
    [share, 'en', false, '70.5% → 55.7%'],
    [text, 'zh', false, '5:21:74 → 3.5:19.1:77.4'],
  ] as [Indicator, Lang, boolean, string][])('changeText(%s, %s, short %s) is %j', (indicator, lang, short, expected) => {
    expect(changeText(indicator, lang, short)).toBe(expected);
  });
});

test('targetText gives the level target, or else the growth target as a rate', () => {
  expect(targetText(share, 'zh')).toBe('不低于 70%');
  expect(targetText(base, 'en')).toBe('7% a year');
  expect(rateText({ text: { zh: '*', en: 'n/a' } }, 'en')).toBe('n/a');
});
