import { cagr, growthPath } from '../../model/growth.ts';
import type { Point, SeriesBreak } from '../../model/types.ts';

/** Two shown points drawn joined, and how: a reported line, an estimate, or a dotted link to a target. */
export interface Connection {
  from: Point;
  to: Point;
  style: 'actual' | 'estimate' | 'connector';
}

/** A constant-rate path from a point to a target, with its rate in percent a year. */
export interface RequiredPath {
  from: Point;
  to: Point;
  rate: number;
  values: { year: number; value: number }[];
}

/** True when a break of the series lies between the years a and b. */
export function crossesBreak(a: number, b: number, breaks: readonly SeriesBreak[]): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return breaks.some((br) => lo <= br.between[0] && br.between[1] <= hi);
}

/**
 * Reported values are joined only within one scope and never across a break. A target stated on the
 * scope of an earlier point (the 2025 target set on the 2020 base) may be reached from it across a break:
 * both belong to the old scope, so the path compares like with like.
 */
export function joinable(a: Point, b: Point, breaks: readonly SeriesBreak[]): boolean {
  if (a.scope !== b.scope) return false;
  if (b.kind === 'target' && a.scope !== undefined) return true;
  return !crossesBreak(a.year, b.year, breaks);
}

/** A break is in view when shown points on its two sides are not declared to share a scope. */
export function breakInView(br: SeriesBreak, points: readonly Point[]): boolean {
  const before = points.filter((p) => p.year <= br.between[0]);
  const after = points.filter((p) => p.year >= br.between[1]);
  return before.some((p) => after.some((q) => p.scope === undefined || p.scope !== q.scope));
}

/**
 * Which of the shown points (sorted by year) are joined: consecutive reported points of one scope with
 * no break between them; each target to the last earlier reported point of its scope, unless a required
 * path is drawn to it (`pathTargets`).
 */
export function connections(
  points: readonly Point[],
  breaks: readonly SeriesBreak[],
  pathTargets: ReadonlySet<number> = new Set(),
): Connection[] {
  const reported = points.filter((p) => p.kind !== 'target');
  const out: Connection[] = [];
  reported.forEach((to, i) => {
    const from = reported[i - 1];
    if (!from || !joinable(from, to, breaks)) return;
    out.push({ from, to, style: from.kind === 'actual' && to.kind === 'actual' ? 'actual' : 'estimate' });
  });
  for (const target of points.filter((p) => p.kind === 'target')) {
    if (pathTargets.has(target.year)) continue;
    const from = reported.filter((p) => p.year < target.year && joinable(p, target, breaks)).at(-1);
    if (from) out.push({ from, to: target, style: 'connector' });
  }
  return out;
}

/** The path at the constant annual rate from `from` to `to`; they must share a scope with no break between. */
export function requiredPath(from: Point, to: Point, breaks: readonly SeriesBreak[]): RequiredPath {
  if (!joinable(from, to, breaks)) {
    throw new Error(`no required path from ${from.year} to ${to.year}: different scopes or a break between them`);
  }
  const rate = cagr(from.value, to.value, to.year - from.year);
  return { from, to, rate, values: growthPath(from.year, from.value, to.year, rate) };
}
