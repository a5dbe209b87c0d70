import { max } from 'd3-array';
import { scaleLinear } from '../kit/geometry/linear-scale.ts';
import { line } from 'd3-shape';
import type { Size } from '../kit/size.ts';
import type { Lang, Point, SeriesDataset, Source } from '../../model/types.ts';
import { formatTick, unitLabel } from '../../model/format.ts';
import { centredText, type TextMark } from '../kit/geometry/text-mark.ts';
import { textWidth } from '../kit/geometry/text-width.ts';
import { lineContext } from './line-context.ts';
import { placeLineLabels } from './line-labels.ts';
import { lineText } from './line-text.ts';
import type { View } from './views.ts';
import { yearTicks } from '../kit/geometry/year-axis.ts';
import type { BandMark, LineMark, SpanMark } from './marks.ts';
import type { LineModel } from './model.ts';
import { layoutRates } from './layout-rates.ts';
import { LINE_DASH, REQUIRED_PATH } from '../kit/marks/grammar.ts';
import { KIND_COLOR, kindPoint, type PointMark } from '../kit/marks/kinds.ts';

export type { LineModel } from './model.ts';

const TICK = 12;
const MARGIN = { top: 30, right: 18, bottom: 26 };
const POINT_R = 5;

/**
 * A scale from zero to just above the largest value, with round ticks at least 48 px apart: the top of
 * the domain is rounded to a quarter of a tick step, so the plot does not waste a whole step of headroom.
 */
function valueScale(maxValue: number, bottom: number, top: number, headroom = 0.02) {
  const count = Math.max(2, Math.min(6, Math.floor((bottom - top) / 48)));
  const above = maxValue * (1 + headroom);
  const ticks = scaleLinear().domain([0, above]).ticks(count);
  const step = (ticks[1] ?? maxValue) - (ticks[0] ?? 0) || maxValue;
  const end = Math.max(ticks.at(-1) ?? 0, Math.ceil(above / (step / 4)) * (step / 4));
  return { y: scaleLinear().domain([0, end]).range([bottom, top]), count };
}

/**
 * Years to x from `first` at `left` to `last + pad` at `right`: linear, except that each break listed gets at
 * least `room` of the width (the years outside the breaks share the rest evenly).
 */
export function yearScale(
  first: number,
  last: number,
  left: number,
  right: number,
  breaks: readonly (readonly [number, number])[] = [],
  room = 0,
  pad = 0,
): (year: number) => number {
  const end = (last === first ? first + 1 : last) + pad;
  const width = right - left;
  const inside = breaks.filter(([a, b]) => first <= a && b <= end && a < b);
  const natural = (years: number) => (years / (end - first)) * width;
  const widened = inside.map(([a, b]) => Math.max(natural(b - a), room * width));
  const breakYears = inside.reduce((n, [a, b]) => n + b - a, 0);
  const perYear = (width - widened.reduce((n, w) => n + w, 0)) / Math.max(1e-9, end - first - breakYears);
  const knots: [number, number][] = [[first, left]];
  let x = left;
  let year = first;
  inside.forEach(([a, b], i) => {
    x += (a - year) * perYear;
    knots.push([a, x]);
    x += widened[i] ?? 0;
    knots.push([b, x]);
    year = b;
  });
  knots.push([end, right]);
  return (v: number) => {
    const i = Math.max(
      1,
      knots.findIndex(([k]) => k >= v),
    );
    const [y0, x0] = knots[i - 1] ?? knots[0] ?? [first, left];
    const [y1, x1] = knots[i] ?? knots.at(-1) ?? [end, right];
    return y1 === y0 ? x0 : x0 + ((v - y0) / (y1 - y0)) * (x1 - x0);
  };
}

/**
 * Lays out a view of a series dataset at a size: y from zero in the dataset's unit, x in whole years,
 * reported points joined only within one scope and never across a break, required-growth paths to targets,
 * and value labels and annotations placed so they do not collide.
 */
export function layoutLine(dataset: SeriesDataset, view: View, size: Size, lang: Lang, sources: Record<string, Source> = {}): LineModel {
  const ctx = lineContext(dataset, view);
  if (ctx.spec.form === 'rates') return layoutRates(ctx, size, lang, sources);
  const { width, height } = size;
  const top = MARGIN.top;
  const bottom = Math.max(top + 40, height - MARGIN.bottom);
  const values = [...ctx.points.map((p) => p.value), ...ctx.paths.flatMap((p) => p.values.map((v) => v.value))];
  const { y, count } = valueScale(max(values) ?? 1, bottom, top, ctx.spec.headroom);
  const ticks = y.ticks(count);
  const tickText = ticks.map((v) => formatTick(v, dataset.unit, lang));
  const left = Math.ceil(Math.max(...tickText.map((s) => textWidth(s, TICK)))) + 10;
  const right = Math.max(left + 40, width - MARGIN.right);
  const first = ctx.points[0]?.year ?? 0;
  const last = ctx.points.at(-1)?.year ?? first + 1;
  const breaks = ctx.breaks.map((br) => br.between);
  const x = yearScale(first, last, left, right, breaks, ctx.spec.breakRoom, ctx.spec.padYears);
  const px = (p: { year: number; value: number }) => [x(p.year), y(p.value)] as [number, number];

  const lines: LineMark[] = [];
  for (const j of ctx.joins) {
    const [a, b] = [px(j.from), px(j.to)];
    const d = `M${a[0]},${a[1]}L${b[0]},${b[1]}`;
    const k = `line-${ctx.series.id}-${j.from.year}-${j.to.year}`;
    if (j.style === 'actual') lines.push({ k, d, color: KIND_COLOR.actual, width: 2.5 });
    else if (j.style === 'estimate') lines.push({ k, d, color: KIND_COLOR.estimate, width: 2, dash: LINE_DASH.estimate });
    else lines.push({ k, d, color: KIND_COLOR.target, width: 2, dash: LINE_DASH.target });
  }
  const pathLine = line<{ year: number; value: number }>()
    .x((v) => x(v.year))
    .y((v) => y(v.value));
  for (const p of ctx.paths) {
    lines.push({
      k: `path-${ctx.series.id}-${p.from.year}-${p.to.year}`,
      d: pathLine(p.values) ?? '',
      ...REQUIRED_PATH,
    });
  }

  const points: PointMark[] = ctx.points.map((p: Point) => {
    const [cx, cy] = px(p);
    return kindPoint(`point-${ctx.series.id}-${p.year}`, p.kind, cx, cy, POINT_R);
  });

  const bands: BandMark[] = ctx.breaks.map((br) => {
    const [x0, x1] = [x(br.between[0]), x(br.between[1])];
    const inset = Math.min(8, (x1 - x0) / 4);
    return {
      k: `break-${br.series}-${br.between[0]}-${br.between[1]}`,
      x: x0 + inset,
      width: x1 - x0 - 2 * inset,
      y: top,
      height: bottom - top,
      ruleX: (x0 + x1) / 2,
    };
  });

  const spans: SpanMark[] = ctx.spec.annotate.includes('jump')
    ? ctx.breaks.flatMap((br, i) => {
        const before = ctx.points.filter((p) => p.year <= br.between[0] && p.kind !== 'target').at(-1);
        const after = ctx.points.find((p) => p.year >= br.between[1] && p.kind !== 'target');
        const band = bands[i];
        if (!before || !after || !band) return [];
        return [{ k: `span-${band.k}`, x: band.ruleX, y1: y(before.value), y2: y(after.value) }];
      })
    : [];

  const axisTexts: TextMark[] = ticks.map((v, i) =>
    centredText({ k: `ytick-${v}`, x: left - 8, text: tickText[i] ?? '', size: TICK, anchor: 'end', tone: 'muted' }, y(v)),
  );
  axisTexts.push({ k: 'unit', x: 0, y: top - 14, text: unitLabel(dataset.unit, lang), size: TICK, tone: 'muted' });
  const xt = yearTicks(
    first,
    last,
    x,
    ctx.points.map((p) => p.year),
    TICK,
  );
  for (const tick of xt) {
    if (tick.label)
      axisTexts.push({ k: `xtick-${tick.year}`, x: tick.x, y: bottom + 19, text: tick.label, size: TICK, anchor: 'middle', tone: 'muted' });
  }

  const labels = placeLineLabels(ctx, { x, y, top, bottom, width, lang, lines, points, bands, spans, axisTexts });
  return {
    text: lineText(ctx, lang, sources),
    width,
    height,
    plot: { x: left, y: top, width: right - left, height: bottom - top },
    grid: ticks.map((v) => ({ k: `grid-${v}`, y: y(v), zero: v === 0 })),
    xTicks: xt.map((tick) => ({ k: `xtick-mark-${tick.year}`, x: tick.x, labelled: tick.label !== undefined })),
    bands,
    spans,
    lines,
    points,
    bars: [],
    rules: [],
    texts: [...axisTexts, ...labels.texts],
    labelBoxes: labels.boxes,
  };
}
