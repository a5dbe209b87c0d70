import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadData } from './load-story.ts';
import { resolveToken, TokenError } from './tokens.ts';

const data = loadData(resolve(import.meta.dirname, '../../..'));

describe('resolveToken on a plan’s targets (data/plan-2025.json)', () => {
  it.each([
    ['plan:plan-2025.gdp.base', 'zh', '236.5 亿元'],
    ['plan:plan-2025.gdp.target', 'zh', '350 亿元'],
    ['plan:plan-2025.gdp.target', 'en', '35 billion yuan'],
    ['plan:plan-2025.gdp-per-capita.target', 'zh', '14.5 万元'],
    ['plan:plan-2025.gdp-per-capita.target', 'en', '145,000 yuan'],
    ['plan:plan-2025.labour-productivity.target', 'zh', '9.93 万元/人'],
    ['plan:plan-2025.labour-productivity.target', 'en', '99,300 yuan per person'],
    ['plan:plan-2025.digital-economy-share.target', 'en', '3%'],
    ['plan:plan-2025.unemployment.base', 'en', '1.8%'],
    ['plan:plan-2025.unemployment.target', 'zh', '1.6%'],
    ['plan:plan-2025.childcare-places.base', 'zh', '5.64 个'],
    ['plan:plan-2025.childcare-places.target', 'en', '6.5 places'],
    ['plan:plan-2025.doctors.base', 'en', '3.35 doctors'],
    ['plan:plan-2025.doctors.target', 'zh', '3.5 人'],
    ['plan:plan-2025.elderly-care-beds.base', 'en', '60 beds'],
    ['plan:plan-2025.elderly-care-beds.target', 'zh', '65 个'],
    ['plan:plan-2025.life-expectancy.target', 'zh', '81 岁'],
    ['plan:plan-2025.life-expectancy.target', 'en', '81 years'],
    ['plan:plan-2025.retail-sales.base', 'en', '0.3%'],
    ['count:plan-2025', 'en', '22'],
    ['count:plan-2025.binding', 'zh', '6'],
    ['count:plan-2025.expected', 'en', '16'],
  ] as const)('{%s} in %s reads %s', (token, lang, expected) => {
    expect(resolveToken(token, lang, data).text).toBe(expected);
  });

  it('cites the line of Table 2 the number stands on', () => {
    expect(resolveToken('plan:plan-2025.gdp.target', 'en', data).sources).toEqual([
      expect.objectContaining({ value: 350, source: 'fyp14-outline', locator: 'Table 2, line 444' }),
    ]);
  });

  it.each([
    ['plan:plan-2025.gdp-per-capita.base', /no number in base \(the table's "\*": not yet published\)/],
    ['plan:plan-2025.public-budget-revenue.target', /no number in target \(the table says "与GDP增速同步"\)/],
    ['plan:plan-2025.business-environment.base', /no number in base \(the table leaves it empty\)/],
    ['plan:plan-2025.gdp.result', /field must be one of base, target/],
    ['plan:plan-2025.nope.base', /no indicator "nope"/],
    ['plan:scorecard.gdp.base', /not of type plan-targets/],
    ['ind:plan-2025.gdp.target', /not of type scorecard/],
    ['count:plan-2025.met', /attribute must be binding or expected/],
    ['count:gdp', /not of type scorecard or plan-targets/],
  ])('{%s} fails with a message saying why', (token, message) => {
    expect(() => resolveToken(token, 'en', data)).toThrow(TokenError);
    expect(() => resolveToken(token, 'en', data)).toThrow(message);
  });
});
