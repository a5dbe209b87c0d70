import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexFromHash } from '../step-hash.ts';
import { clampIndex, modeFromSearch, moveIndex, progressOf, urlFor } from './slides.ts';

describe('clampIndex and moveIndex', () => {
  it('keeps an index among the slides', () => {
    expect(clampIndex(-3, 5)).toBe(0);
    expect(clampIndex(9, 5)).toBe(4);
    expect(clampIndex(2.7, 5)).toBe(2);
    expect(clampIndex(Number.NaN, 5)).toBe(0);
    expect(clampIndex(3, 0)).toBe(0);
  });
  it('moves one slide, or to either end, and stays put at the ends', () => {
    expect(moveIndex(0, 'prev', 5)).toBe(0);
    expect(moveIndex(0, 'next', 5)).toBe(1);
    expect(moveIndex(4, 'next', 5)).toBe(4);
    expect(moveIndex(3, 'first', 5)).toBe(0);
    expect(moveIndex(1, 'last', 5)).toBe(4);
  });
  it('always lands on a slide', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 50 }),
        fc.constantFrom('next', 'prev', 'first', 'last' as const),
        fc.integer({ min: 1, max: 40 }),
        (i, action, n) => {
          const to = moveIndex(i, action, n);
          expect(to).toBeGreaterThanOrEqual(0);
          expect(to).toBeLessThan(n);
        },
      ),
    );
  });
  it('progress runs from 1/n to 1', () => {
    expect(progressOf(0, 4)).toBe(0.25);
    expect(progressOf(3, 4)).toBe(1);
    expect(progressOf(0, 0)).toBe(0);
  });
});

describe('modes and addresses', () => {
  it('reads the mode from the query', () => {
    expect(modeFromSearch('')).toBe('story');
    expect(modeFromSearch('?present')).toBe('present');
    expect(modeFromSearch('?present=1&x=2')).toBe('present');
    expect(modeFromSearch('?x=2&speaker')).toBe('speaker');
    expect(modeFromSearch('?presenter')).toBe('story');
  });
  it('builds the address of a slide in each mode, keeping other parameters', () => {
    expect(urlFor('/en/', '', 'present', 'gdp-target')).toBe('/en/?present#gdp-target');
    expect(urlFor('/en/', '?present', 'speaker', 'gdp-target')).toBe('/en/?speaker#gdp-target');
    expect(urlFor('/', '?present&utm=x', 'story', 'intro')).toBe('/?utm=x#intro');
    expect(urlFor('/', '?speaker=', 'story', 'intro')).toBe('/#intro');
    expect(urlFor('/', '', 'present', '')).toBe('/?present');
  });
  it('reads back what it builds', () => {
    const ids = ['a', 'b-2', 'c'];
    fc.assert(
      fc.property(fc.constantFrom('story', 'present', 'speaker' as const), fc.constantFrom(...ids), (mode, id) => {
        const url = new URL(urlFor('/en/', '?lang=x', mode, id), 'http://localhost');
        expect(modeFromSearch(url.search)).toBe(mode);
        expect(ids[indexFromHash(url.hash, ids)]).toBe(id);
        expect(url.searchParams.get('lang')).toBe('x');
      }),
    );
  });
});
