import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { echoed } from './echoed.ts';

describe('a value repeated in a message', () => {
  it('stays as it is when short and plain', () => {
    expect(echoed('gdpp')).toBe('gdpp');
    expect(echoed('村庄')).toBe('村庄');
  });
  it('loses bidi overrides, isolates, marks and control characters', () => {
    expect(echoed('gdp\u202Eevil\u202C')).toBe('gdpevil');
    expect(echoed('\u2066a\u2069\u200F\u061Cb\u0000\n')).toBe('ab');
  });
  it('is cut to 60 characters, the last an ellipsis, never inside a surrogate pair', () => {
    expect(echoed('x'.repeat(7000))).toBe(`${'x'.repeat(59)}…`);
    const emoji = echoed('😀'.repeat(100));
    expect(Array.from(emoji)).toHaveLength(60);
    expect(emoji.endsWith('😀…')).toBe(true);
  });
  it('is never longer than 60 characters and never holds a bidi control', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (value) => {
        const out = echoed(value);
        expect(Array.from(out).length).toBeLessThanOrEqual(60);
        expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u);
      }),
    );
  });
});
