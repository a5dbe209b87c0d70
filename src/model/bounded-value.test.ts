import { expect, test } from 'vitest';
import type { Bound, Lang, UnitKind } from './types.ts';
import { boundedValue } from './bounded-value.ts';
import { kindWord } from './i18n/kind-word.ts';

test.each([
  [800, 'yi-yuan', 'min', 'zh', '不低于 800 亿元'],
  [800, 'yi-yuan', 'min', 'en', 'at least 80 billion yuan'],
  [800, 'yi-yuan', 'over', 'zh', '超过 800 亿元'],
  [800, 'yi-yuan', 'over', 'en', 'more than 80 billion yuan'],
  [1.8, 'ratio', 'max', 'zh', '不超过 1.8'],
  [1.8, 'ratio', 'max', 'en', 'at most 1.8'],
  [4, 'percent', 'under', 'zh', '低于 4%'],
  [4, 'percent', 'under', 'en', 'below 4%'],
  [74000, 'yuan', undefined, 'zh', '7.4 万元'],
] as [number, UnitKind, Bound | undefined, Lang, string][])('boundedValue(%d, %s, %s, %s) is %j', (value, unit, bound, lang, text) => {
  expect(boundedValue(value, unit, bound, lang)).toBe(text);
});

test('kindWord is lower case inside English text', () => {
  expect(kindWord('estimate', 'en')).toBe('estimate');
  expect(kindWord('estimate', 'zh')).toBe('预计');
});
