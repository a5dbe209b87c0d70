import { describe, expect, test } from 'vitest';
import type { Point, SeriesBreak } from '../../model/types.ts';
import { breakInView, connections, crossesBreak, requiredPath } from './connections.ts';

/** A point of scope 'a' unless told; null for a point that declares no scope. */
const pt = (year: number, value: number, kind: Point['kind'] = 'actual', scope: string | null = 'a'): Point => ({
  year,
  value,
  kind,
  ...(scope === null ? {} : { scope }),
  source: 's',
  locator: 'l',
});
const brk: SeriesBreak[] = [{ series: 'x', between: [2020, 2021], reason: { zh: '', en: '' } }];
const pairs = (cs: ReturnType<typeof connections>) => cs.map((c) => `${c.from.year}-${c.to.year}:${c.style}`);

describe('connections', () => {
  test('consecutive actuals of one scope are joined by an actual line', () => {
    expect(pairs(connections([pt(2015, 1), pt(2020, 2)], []))).toEqual(['2015-2020:actual']);
  });
  test('points of different scopes are never joined', () => {
    expect(pairs(connections([pt(2020, 1), pt(2021, 2, 'estimate', 'b')], []))).toEqual([]);
  });
  test('points of one scope are not joined across a break', () => {
    expect(pairs(connections([pt(2020, 1), pt(2021, 2)], brk))).toEqual([]);
  });
  test('a line that touches an estimate is an estimate line', () => {
    expect(pairs(connections([pt(2020, 1), pt(2021, 2, 'estimate')], []))).toEqual(['2020-2021:estimate']);
  });
  test('a target joins the last earlier reported point of its scope with a connector', () => {
    const points = [pt(2015, 1), pt(2020, 2), pt(2021, 5, 'estimate', 'b'), pt(2025, 3, 'target')];
    expect(pairs(connections(points, brk))).toEqual(['2015-2020:actual', '2020-2025:connector']);
  });
  test('a target declared on the scope of an earlier point is joined to it across a break', () => {
    expect(pairs(connections([pt(2020, 2), pt(2025, 3, 'target')], brk))).toEqual(['2020-2025:connector']);
  });
  test('a break is in view only when points on its two sides differ in scope', () => {
    expect(breakInView(brk[0]!, [pt(2020, 1), pt(2025, 2, 'target')])).toBe(false);
    expect(breakInView(brk[0]!, [pt(2020, 1), pt(2021, 2, 'estimate', 'b')])).toBe(true);
  });
  test('a target with a required path gets no connector', () => {
    expect(pairs(connections([pt(2020, 2), pt(2025, 3, 'target')], [], new Set([2025])))).toEqual([]);
  });
});

describe('requiredPath', () => {
  test('requiredPath(236.48 in 2020, 350 in 2025) grows 8.16% a year and ends on the target', () => {
    const path = requiredPath(pt(2020, 236.48), pt(2025, 350, 'target'), []);
    expect(path.rate).toBeCloseTo(8.157, 2);
    expect(path.values).toHaveLength(6);
    expect(path.values.at(-1)?.value).toBeCloseTo(350, 6);
  });
  test('requiredPath refuses to cross a break or a change of scope', () => {
    expect(() => requiredPath(pt(2020, 1, 'actual', null), pt(2026, 2, 'target', null), brk)).toThrow(/break/);
    expect(() => requiredPath(pt(2020, 1), pt(2026, 2, 'target', 'b'), [])).toThrow(/scopes/);
  });
  test.each([
    [2015, 2020, false],
    [2020, 2021, true],
    [2021, 2015, true],
  ])('crossesBreak(%i, %i) is %s', (a, b, expected) => {
    expect(crossesBreak(a, b, brk)).toBe(expected);
  });
});
