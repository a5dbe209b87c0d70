import { textWidth } from './text-width.ts';

/** A tick on a year axis; only some ticks carry a label. */
export interface YearTick {
  year: number;
  x: number;
  label?: string;
}

function pick(order: readonly number[], x: (year: number) => number, size: number, gap: number, short: boolean) {
  const taken: [number, number][] = [];
  const labels = new Map<number, string>();
  for (const year of order) {
    const label = short && labels.size > 0 ? `’${String(year).slice(2)}` : String(year);
    const half = textWidth(label, size) / 2;
    const span: [number, number] = [x(year) - half, x(year) + half];
    if (taken.some(([a, b]) => span[0] < b + gap && a < span[1] + gap)) continue;
    taken.push(span);
    labels.set(year, label);
  }
  return labels;
}

/**
 * A tick for every year from first to last; labels for the first and last years, the key years and
 * multiples of five, each only where it clears its neighbours. When full labels would hide a key year,
 * all labels but the first take the short form ’21.
 */
export function yearTicks(
  first: number,
  last: number,
  x: (year: number) => number,
  keyYears: readonly number[],
  size = 12,
  gap = 6,
): YearTick[] {
  const years: number[] = [];
  for (let year = Math.ceil(first); year <= last; year++) years.push(year);
  const keys = [first, last, ...[...keyYears].sort((a, b) => b - a)];
  const order = [...new Set([...keys, ...years.filter((y) => y % 5 === 0)])];
  let labels = pick(order, x, size, gap, false);
  if (keys.some((year) => !labels.has(year))) labels = pick(order, x, size, gap, true);
  return years.map((year) => {
    const label = labels.get(year);
    return label === undefined ? { year, x: x(year) } : { year, x: x(year), label };
  });
}
