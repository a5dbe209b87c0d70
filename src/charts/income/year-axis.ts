import { scaleLinear, type LinearScale } from '../kit/geometry/linear-scale.ts';
import type { Lang, UnitKind } from '../../model/types.ts';
import { formatNumber, formatTick, unitLabel } from '../../model/format.ts';
import { overlaps, type Box } from '../kit/geometry/avoid-overlap.ts';
import { yearLabels } from '../kit/geometry/year-axis.ts';
import { textBox, type TextMark } from '../kit/geometry/text-mark.ts';
import { INCOME_COPY } from './copy.ts';
import type { Rule } from './model.ts';

export const TICK_SIZE = 12;

export interface YearAxes {
  x: LinearScale;
  y: LinearScale;
  rules: Rule[];
  ticks: TextMark[];
  /** the plot area marks and labels may use (above the year labels) */
  bounds: Box;
}

/**
 * A year axis along the bottom and a value axis drawn as grid lines whose labels sit on the lines at the
 * left edge (the top one carries the unit); `top` leaves room above the highest grid line. Year labels that would collide are
 * dropped, in the order given by `years` (most important first).
 */
export function yearAxes(
  width: number,
  height: number,
  years: readonly number[],
  yDomain: [number, number],
  yTicks: readonly number[],
  unit: UnitKind,
  lang: Lang,
  top = 18,
): YearAxes {
  const bottom = 22;
  const x = scaleLinear()
    .domain([Math.min(...years), Math.max(...years)])
    .range([10, width - 12]);
  const y = scaleLinear()
    .domain(yDomain)
    .range([height - bottom, top]);
  const rules: Rule[] = yTicks.map((v) => ({
    k: `ygrid-${v}`,
    x1: 0,
    x2: width,
    y1: y(v),
    y2: y(v),
    kind: v === yDomain[0] && yDomain[0] === 0 ? 'axis' : 'grid',
  }));
  const topTick = Math.max(...yTicks);
  const ticks: TextMark[] = yTicks.map((v) => {
    // Whole yuan, as the chart's labels are: 20000 … 80000 元 rather than 2万 … 8万元 beside 35611 元.
    const label = unit === 'yuan' ? formatNumber(v, lang, 0) : formatTick(v, unit, lang);
    const withUnit = v === topTick ? `${label}${INCOME_COPY.unitGap[lang]}${unitLabel(unit, lang)}` : label;
    return { k: `ytick-${v}`, x: 0, y: y(v) - 4, text: withUnit, size: TICK_SIZE, tone: 'muted' };
  });
  for (const label of yearLabels(years, x, { size: TICK_SIZE, within: [0, width] }))
    ticks.push({ k: `xtick-${label.year}`, x: label.x, y: height - 6, text: label.text, size: TICK_SIZE, anchor: 'middle', tone: 'muted' });
  return { x, y, rules, ticks, bounds: { x: 0, y: 0, width, height: height - bottom } };
}

/**
 * Value-axis labels that would sit on a mark are dropped (the mark's own label gives the value);
 * the top label, which carries the unit, always stays.
 */
export function clearTicks(ticks: readonly TextMark[], marks: readonly Box[], topKey: string): TextMark[] {
  return ticks.filter((t) => t.k === topKey || !t.k.startsWith('ytick-') || !marks.some((m) => overlaps(textBox(t), m, 2)));
}

/** An axis label's box with room to spare, so other labels keep a clear distance from the axis. */
export function tickObstacle(tick: TextMark): Box {
  const box = textBox(tick);
  return { ...box, width: box.width * 1.25 + 4 };
}
