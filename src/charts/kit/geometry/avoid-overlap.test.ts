import { describe, expect, test } from 'vitest';
import { avoidOverlap, overlaps, within } from './avoid-overlap.ts';

describe('avoidOverlap', () => {
  const bounds = { x: 0, y: 0, width: 100, height: 100 };
  const at = (x: number, y: number) => ({ box: { x, y, width: 20, height: 10 } });
  test('overlaps and within compare boxes', () => {
    expect(overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 12, y: 0, width: 10, height: 10 }, 1)).toBe(false);
    expect(within({ x: 90, y: 0, width: 20, height: 10 }, bounds)).toBe(false);
  });
  test('a later label takes its next candidate when the first is taken', () => {
    const [a, b] = avoidOverlap([[at(0, 0)], [at(5, 0), at(5, 30)]], [], bounds);
    expect(a?.box.y).toBe(0);
    expect(b?.box.y).toBe(30);
  });
  test('a label with no free candidate inside the bounds is dropped', () => {
    const [a, b] = avoidOverlap([[at(0, 0)], [at(5, 0), at(95, 50)]], [], bounds);
    expect(a).toBeDefined();
    expect(b).toBeUndefined();
  });
  test('obstacles block candidates', () => {
    expect(avoidOverlap([[at(0, 0)]], [{ x: 0, y: 0, width: 5, height: 5 }], bounds)).toEqual([undefined]);
  });
});
