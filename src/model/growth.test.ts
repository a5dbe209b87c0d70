import { describe, expect, it } from 'vitest';
import { cagr, compound, growthPath } from './growth.ts';

describe('cagr(start, end, years)', () => {
  it('is the constant yearly rate that turns start into end', () => {
    expect(cagr(100, 121, 2)).toBeCloseTo(10, 10);
    expect(cagr(587, 800, 5)).toBeCloseTo(6.387, 3);
    expect(cagr(236.48, 350, 5)).toBeCloseTo(8.157, 3);
  });
  it('is negative when the value falls', () => {
    expect(cagr(100, 81, 2)).toBeCloseTo(-10, 10);
  });
  it.each([
    [0, 1, 1],
    [1, -1, 1],
    [1, 2, 0],
  ])('refuses cagr(%s, %s, %s)', (a, b, n) => {
    expect(() => cagr(a, b, n)).toThrow(RangeError);
  });
});

describe('compound and growthPath', () => {
  it('compound(start, cagr(start, end, n), n) returns end', () => {
    expect(compound(587, cagr(587, 800, 5), 5)).toBeCloseTo(800, 8);
  });
  it('growthPath includes both ends, one point a year', () => {
    const path = growthPath(2021, 587, 2026, cagr(587, 800, 5));
    expect(path.map((p) => p.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(path[0]?.value).toBe(587);
    expect(path[5]?.value).toBeCloseTo(800, 8);
  });
});
