import { describe, expect, test } from 'vitest';
import { textWidth } from './text-width.ts';

describe('textWidth', () => {
  test.each([
    ['城镇居民', 12, 48],
    ['', 12, 0],
  ])('textWidth(%j, %i) is %i px', (text, size, width) => {
    expect(textWidth(text, size)).toBeCloseTo(width);
  });
  test('a CJK character is wider than a digit, and bold is wider than regular', () => {
    expect(textWidth('城', 12)).toBeGreaterThan(textWidth('8', 12));
    expect(textWidth('Urban', 12, true)).toBeGreaterThan(textWidth('Urban', 12));
  });
});
