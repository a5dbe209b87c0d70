import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idFromHash, indexFromHash } from './step-hash.ts';

describe('the step a hash names', () => {
  const ids = ['intro', 'gdp-target', '指标', 'scorecard-missed'];

  it('reads an id, percent-encoded or not', () => {
    expect(indexFromHash('#gdp-target', ids)).toBe(1);
    expect(indexFromHash('gdp-target', ids)).toBe(1);
    expect(indexFromHash('#%E6%8C%87%E6%A0%87', ids)).toBe(2);
    expect(indexFromHash('#nothing', ids)).toBe(-1);
    expect(indexFromHash('', ids)).toBe(-1);
    expect(indexFromHash('#', ids)).toBe(-1);
  });

  it('names no step, and does not throw, for a malformed or cut-short fragment', () => {
    for (const hash of ['#%', '#scorecard-missed%', '#%E4%B8', '#%E0%A4%A', '#%%%', '#%ZZ']) {
      expect(() => indexFromHash(hash, ids)).not.toThrow();
      expect(indexFromHash(hash, ids)).toBe(-1);
    }
    expect(idFromHash('#%E0%A4%A')).toBe('%E0%A4%A');
  });

  it('names no step for a fragment longer than any id', () => {
    expect(idFromHash(`#${'a'.repeat(257)}`)).toBe('');
    expect(indexFromHash(`#${'%E4%B8'.repeat(2000)}`, ids)).toBe(-1);
  });

  it('never throws, whatever the fragment', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (hash) => {
        expect(typeof idFromHash(hash)).toBe('string');
      }),
    );
  });
});
