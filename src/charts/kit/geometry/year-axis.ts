import { textWidth } from './text-width.ts';

/** A year label on a year axis, centred on x. */
export interface YearLabel {
  year: number;
  x: number;
  text: string;
}

/** A tick on a year axis; only some ticks carry a label. */
export interface YearTick {
  year: number;
  x: number;
  label?: string;
}

export interface YearLabelOptions {
  size: number;
  /** the least space in px between two labels */
  gap?: number;
  /** a range [left, right] the labels must stay inside: a label that would cross it is moved in */
  within?: readonly [number, number];
  /** years that must be labelled: when full labels would hide one, every label but the first takes the short form ’21 */
  keep?: readonly number[];
}

function pick(order: readonly number[], x: (year: number) => number, o: YearLabelOptions, short: boolean): YearLabel[] {
  const gap = o.gap ?? 6;
  const taken: [number, number][] = [];
  const labels: YearLabel[] = [];
  for (const year of order) {
    const text = short && labels.length > 0 ? `’${String(year).slice(2)}` : String(year);
    const half = textWidth(text, o.size) / 2;
    const cx = o.within ? Math.min(Math.max(x(year), o.within[0] + half), o.within[1] - half) : x(year);
    const span: [number, number] = [cx - half, cx + half];
    if (taken.some(([a, b]) => span[0] < b + gap && a < span[1] + gap)) continue;
    taken.push(span);
    labels.push({ year, x: cx, text });
  }
  return labels;
}

/**
 * Year labels, in the order of `order` (most important first): each is kept only where it clears
 * the labels kept before it.
 */
export function yearLabels(order: readonly number[], x: (year: number) => number, options: YearLabelOptions): YearLabel[] {
  const full = pick(order, x, options, false);
  const hidden = (options.keep ?? []).some((year) => !full.some((l) => l.year === year));
  return hidden ? pick(order, x, options, true) : full;
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
  const keep = [first, last, ...[...keyYears].sort((a, b) => b - a)];
  const order = [...new Set([...keep, ...years.filter((y) => y % 5 === 0)])];
  const labels = yearLabels(order, x, { size, gap, keep });
  return years.map((year) => {
    const label = labels.find((l) => l.year === year)?.text;
    return label === undefined ? { year, x: x(year) } : { year, x: x(year), label };
  });
}
