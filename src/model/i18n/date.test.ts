import { describe, expect, it } from 'vitest';
import { longDate } from './date.ts';

describe('longDate(iso, lang)', () => {
  it('writes the date as each language does in running text', () => {
    expect(longDate('2026-12-05', 'en')).toBe('5 December 2026');
    expect(longDate('2026-12-05', 'zh')).toBe('2026年12月5日');
    expect(longDate('2027-01-31', 'en')).toBe('31 January 2027');
  });
  it('refuses what is not a date', () => {
    expect(() => longDate('5 December 2026', 'en')).toThrow(RangeError);
    expect(() => longDate('2026-13-01', 'zh')).toThrow(RangeError);
  });
});
