import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadData } from './load-story.ts';
import { resolveToken, TokenError } from './tokens.ts';

const data = loadData(resolve(import.meta.dirname, '../../..'));

describe('resolveToken(token, lang, data)', () => {
  it.each([
    ['gdp:2020', 'zh', '236.48 亿元'],
    ['gdp:2020', 'en', '23.6 billion yuan'],
    ['income.urban:2015', 'en', '35,611 yuan'],
    ['income.all:2026', 'zh', '7.4 万元'],
    ['cagr:gdp:2021:2026', 'en', '6.4%'],
    ['cagr:gdp:2020:2025', 'zh', '8.2%'],
    ['planned:gdp:2015:2020', 'en', '7%'],
    ['achieved:gdp:2015:2020', 'en', '6.1%'],
    ['times:gdp:2021:2020', 'en', '2.5'],
    ['fig:targets-2026.services-va', 'zh', '500 亿元'],
    ['share:structure.actual-2020.tertiary', 'en', '77.4%'],
    ['count:scorecard', 'en', '21'],
    ['count:scorecard.met', 'en', '9'],
    ['count:scorecard.missed', 'zh', '8'],
    ['count:scorecard.unpublished', 'zh', '4'],
    ['ind:scorecard.retail-sales.achievedGrowth', 'en', '5.7%'],
    ['income-ratio:2020', 'en', '1.88'],
    ['villages:total', 'zh', '211'],
    ['villages:upper', 'en', '127'],
    ['villages:base', 'en', '84'],
    ['diff:income.urban:income.rural:2015', 'en', '17,831 yuan'],
    ['diff:income.urban:income.rural:2020', 'zh', '24724 元'],
    ['rate:record-2021.retail-sales:targets-2026.retail-sales', 'en', '7.3%'],
    ['ind:scorecard.forest-cover.value2020', 'en', '55.7%'],
  ] as const)('{%s} in %s reads %s', (token, lang, expected) => {
    expect(resolveToken(token, lang, data).text).toBe(expected);
  });

  it('carries the sources of every number it was computed from', () => {
    const sources = resolveToken('cagr:gdp:2021:2026', 'en', data).sources.map((s) => s.source);
    expect(sources).toEqual(['congress9-guide', 'congress9-guide']);
  });

  it.each([
    ['gdp:1999', /no 1999 value/],
    ['gdp:twenty', /not a year/],
    ['nope:2020', /unknown dataset "nope"/],
    ['income.nope:2020', /no series "nope"/],
    ['cagr:gdp:2021', /needs 3 arguments/],
    ['planned:gdp:2016:2020', /no planned growth/],
    ['fig:targets-2026.nope', /no figure "nope"/],
    ['fig:gdp.x', /not of type figures/],
    ['share:structure.actual-2020.quaternary', /sector must be/],
    ['count:scorecard.maybe', /status must be/],
    ['villages:most', /level must be total, upper or base/],
    ['ind:scorecard.gdp.colour', /field must be one of/],
    ['a:b:c:d:e', /unknown dataset "a"|unknown token form/],
    ['diff:income.urban:gdp:2020', /different units/],
    ['rate:targets-2026.retail-sales:record-2021.retail-sales', /later second figure/],
    ['rate:record-2021.retail-sales:targets-2026.rd-share', /different units/],
    ['rate:record-2021.retail-sales', /needs 2 arguments/],
  ])('{%s} fails with a message saying why', (token, message) => {
    expect(() => resolveToken(token, 'en', data)).toThrow(TokenError);
    expect(() => resolveToken(token, 'en', data)).toThrow(message);
  });
});
