import type { LinearScale } from '../kit/geometry/linear-scale.ts';
import type { Lang, Point } from '../../model/types.ts';
import { formatRate, formatValue, isFloorBound } from '../../model/format.ts';
import { targetBound } from '../../model/target-bound.ts';
import { t } from '../../model/i18n/strings.ts';
import { avoidOverlap, type Box } from '../kit/geometry/avoid-overlap.ts';
import { blockCandidates, blockMarks, type BlockCandidate, type BlockLine, type Side } from '../kit/geometry/label-block.ts';
import { LINE_HEIGHT } from '../kit/geometry/font-metrics.ts';
import { textBox, type TextMark } from '../kit/geometry/text-mark.ts';
import { JUMP_LABEL_COPY, PATH_LABEL_COPY } from './copy.ts';
import type { LineContext } from './line-context.ts';
import { pointValue } from './line-text.ts';
import type { BandMark, LineMark, SpanMark } from './marks.ts';
import { MEANING_COLOR } from '../kit/marks/grammar.ts';
import { KIND_COLOR, type PointMark } from '../kit/marks/kinds.ts';

interface Geometry {
  x: (year: number) => number;
  y: LinearScale;
  top: number;
  bottom: number;
  width: number;
  lang: Lang;
  lines: LineMark[];
  points: PointMark[];
  bands: BandMark[];
  spans: SpanMark[];
  axisTexts: TextMark[];
}

/** A position a label may take, with the lines it shows there (a label may offer a narrower, wrapped form). */
interface Choice extends BlockCandidate {
  lines: BlockLine[];
}

interface Request {
  k: string;
  candidates: Choice[];
}

const withLines = (lines: BlockLine[], cs: BlockCandidate[]): Choice[] => cs.map((c) => ({ ...c, lines }));

/** Labels are placed as if 8 % wider than estimated, so wider fonts than textWidth assumes still fit. */
const SLACK = 1.08;
const POINT_SIDES = ['n', 'nw', 'ne', 'w', 'e', 's', 'sw', 'se'] as const;

function pointLines(p: Point, ctx: LineContext, lang: Lang): BlockLine[] {
  const value: BlockLine = { text: pointValue(p, ctx, lang), size: 13, bold: true };
  if (p.kind === 'actual') return [value];
  // English bounds are long ("at least"): they go on the first line to keep the label narrow.
  if (lang === 'en' && p.bound) {
    const plain = formatValue(p.value, ctx.dataset.unit, lang);
    return [
      { text: `${t(p.kind, lang)}, ${targetBound(p.bound, lang).trim()}`, size: 12, tone: KIND_COLOR[p.kind] },
      { ...value, text: plain },
    ];
  }
  return [{ text: t(p.kind, lang), size: 12, tone: KIND_COLOR[p.kind] }, value];
}

/** The point at a fraction of a polyline's length. */
function along(poly: readonly (readonly [number, number])[], fraction: number): [number, number] {
  const lengths = poly.slice(1).map((p, i) => Math.hypot(p[0] - (poly[i]?.[0] ?? 0), p[1] - (poly[i]?.[1] ?? 0)));
  let rest = fraction * lengths.reduce((a, b) => a + b, 0);
  for (const [i, len] of lengths.entries()) {
    const [a, b] = [poly[i], poly[i + 1]];
    if (a && b && (rest <= len || i === lengths.length - 1)) {
      const f = len > 0 ? Math.min(1, rest / len) : 0;
      return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f];
    }
    rest -= len;
  }
  const first = poly[0] ?? [0, 0];
  return [first[0], first[1]];
}

/** Candidates beside a line: near its middle first, then further along it, then further from it. */
function besideLine(lines: BlockLine[], poly: (readonly [number, number])[], sides: readonly Side[], gap: number): BlockCandidate[] {
  const out: BlockCandidate[] = [];
  for (const extra of [0, 12, 26]) {
    for (const fraction of [0.5, 0.62, 0.38, 0.75, 0.25]) {
      const [ax, ay] = along(poly, fraction);
      out.push(...blockCandidates(lines, ax, ay, gap + extra, sides, SLACK));
    }
  }
  return out;
}

/** Samples of the drawn lines every few px, as small boxes labels must keep clear of. */
function lineSamples(ctx: LineContext, g: Geometry): Box[] {
  const polylines = [...ctx.joins.map((j) => [j.from, j.to]), ...ctx.paths.map((p) => p.values)].map((vs) =>
    vs.map((v) => [g.x(v.year), g.y(v.value)] as const),
  );
  const boxes: Box[] = [];
  for (const poly of polylines) {
    poly.forEach(([x1, y1], i) => {
      const next = poly[i + 1];
      if (!next) return;
      const steps = Math.max(1, Math.ceil(Math.hypot(next[0] - x1, next[1] - y1) / 4));
      for (let s = 0; s <= steps; s++) {
        const f = s / steps;
        boxes.push({ x: x1 + (next[0] - x1) * f - 1.5, y: y1 + (next[1] - y1) * f - 1.5, width: 3, height: 3 });
      }
    });
  }
  return boxes;
}

function requests(ctx: LineContext, g: Geometry): Request[] {
  const { lang } = g;
  const out: Request[] = [];
  for (const what of ctx.spec.annotate) {
    if (what === 'estimates' || what === 'actuals') {
      const latestFirst = [...ctx.points].reverse().filter((q) => (q.kind === 'actual') === (what === 'actuals'));
      for (const p of latestFirst) {
        const lines = pointLines(p, ctx, lang);
        out.push({
          k: `label-point-${ctx.series.id}-${p.year}`,
          candidates: withLines(lines, blockCandidates(lines, g.x(p.year), g.y(p.value), 10, POINT_SIDES, SLACK)),
        });
      }
    } else if (what === 'paths') {
      for (const p of ctx.paths) {
        const rate = formatRate(p.rate, lang);
        const min = isFloorBound(p.to.bound);
        const lines: BlockLine[] = [
          { text: PATH_LABEL_COPY.needed[lang]({ rate, min }), size: 12, tone: 'muted' },
          { text: PATH_LABEL_COPY.rate[lang]({ rate, min }), size: 13, bold: true, tone: MEANING_COLOR.required },
        ];
        const poly = p.values.map((v) => [g.x(v.year), g.y(v.value)] as const);
        out.push({
          k: `label-path-${ctx.series.id}-${p.from.year}-${p.to.year}`,
          candidates: withLines(lines, besideLine(lines, poly, ['nw', 'se', 's', 'n'], 7)),
        });
      }
    } else if (what === 'break') {
      const [first, ...rest] = t('notComparable', lang).split(/(?<=[，:])\s*/);
      const lines: BlockLine[] = [
        { text: (first ?? '').replace(/，$/, ''), size: 12, bold: true },
        ...(rest.length ? [{ text: rest.join(' '), size: 12, tone: 'muted' }] : []),
      ];
      for (const band of g.bands) {
        const half = band.ruleX - band.x + 4;
        const h = lines.length * 12 * LINE_HEIGHT;
        const candidates = [0, 1, 2, 3, 4, 5].flatMap((step) =>
          blockCandidates(lines, band.ruleX, g.top + h / 2 + step * 18, half, ['w', 'e'], SLACK),
        );
        out.push({ k: `label-${band.k}`, candidates: withLines(lines, candidates) });
      }
    } else if (what === 'jump') {
      for (const [i, span] of g.spans.entries()) {
        const year = ctx.breaks[i]?.between[0];
        if (year === undefined) continue;
        const lines: BlockLine[] = [
          { text: JUMP_LABEL_COPY.head[lang], size: 13, bold: true },
          { text: JUMP_LABEL_COPY.tail[lang]({ year }), size: 12, tone: 'muted' },
        ];
        // Beside the span's middle first, then along it towards either end.
        const [lo, hi] = [Math.min(span.y1, span.y2), Math.max(span.y1, span.y2)];
        const candidates = [0.5, 0.35, 0.65, 0.2, 0.8].flatMap((f) =>
          blockCandidates(lines, span.x, lo + (hi - lo) * f, 8, ['w', 'e'], SLACK),
        );
        out.push({ k: `label-${span.k}`, candidates: withLines(lines, candidates) });
      }
    }
  }
  return out;
}

/** Places the value labels and annotations of a view in the order the view ranks them; what cannot fit is left out. */
export function placeLineLabels(ctx: LineContext, g: Geometry): { texts: TextMark[]; boxes: { k: string; box: Box }[] } {
  const reqs = requests(ctx, g);
  const obstacles: Box[] = [
    ...g.axisTexts.map(textBox),
    ...g.points.map((p) => ({ x: p.cx - p.r, y: p.cy - p.r, width: 2 * p.r, height: 2 * p.r })),
    ...lineSamples(ctx, g),
    ...g.spans.map((s) => ({ x: s.x - 4, y: Math.min(s.y1, s.y2), width: 8, height: Math.abs(s.y2 - s.y1) })),
  ];
  const placed = avoidOverlap(
    reqs.map((r) => r.candidates),
    obstacles,
    { x: 0, y: 0, width: g.width - 2, height: g.bottom },
    3,
  );
  const texts: TextMark[] = [];
  const boxes: { k: string; box: Box }[] = [];
  placed.forEach((c, i) => {
    const r = reqs[i];
    if (!c || !r) return;
    // A halo keeps a label legible where a rule runs under it (the break's dashed divider, a grid line).
    texts.push(...blockMarks(r.k, c.lines, c).map((t) => ({ ...t, halo: true })));
    boxes.push({ k: r.k, box: c.box });
  });
  return { texts, boxes };
}
