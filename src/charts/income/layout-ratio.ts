import { line } from 'd3-shape';
import type { Lang, Point, SeriesDataset } from '../../model/types.ts';
import { formatTick, formatValue, isFloorBound } from '../../model/format.ts';
import type { Size } from '../kit/size.ts';
import { avoidOverlap, type Box } from '../kit/geometry/avoid-overlap.ts';
import { labelBlocks, type LabelBlock, type Side } from '../kit/geometry/label-block.ts';
import { boundedValue } from '../../model/bounded-value.ts';
import { kindWord } from '../../model/i18n/kind-word.ts';
import type { TextMark } from '../kit/geometry/text-mark.ts';
import { RATIO_LABEL_COPY } from './copy.ts';
import { lineObstacles } from './layout-levels.ts';
import type { IncomeModel, LineMark, PointMark } from './model.ts';
import { actualRuns, byYear, findSeries } from './series.ts';
import { ratioText } from './text-ratio.ts';
import { COLORS, SERIES } from './views.ts';
import { kindPoint } from '../kit/marks/kinds.ts';
import { clearTicks, tickObstacle, yearAxes } from './year-axis.ts';

const LABEL = 12;

/** A value domain in steps of 0.1 that holds every value with some room: 1.75…2.00 → [1.6, 2.1]. */
export function ratioDomain(values: readonly number[]): [number, number] {
  const lo = Math.floor((Math.min(...values) - 0.1) * 10 + 1e-9) / 10;
  const hi = Math.ceil((Math.max(...values) + 0.05) * 10 - 1e-9) / 10;
  return [lo, hi];
}

/** The urban–rural income ratio: Kecheng's actual line, its 2026 bound, and Quzhou city's figure apart. */
export function layoutRatio(ratio: SeriesDataset, income: SeriesDataset, size: Size, lang: Lang): IncomeModel {
  const { width, height } = size;
  const kecheng = findSeries(ratio, SERIES.ratio);
  const quzhou = findSeries(ratio, SERIES.quzhou);
  const [run = []] = actualRuns(kecheng);
  const targets = byYear(kecheng).filter((p) => p.kind === 'target');
  const others = byYear(quzhou);
  const all = [...kecheng.points, ...others];
  const domain = ratioDomain(all.map((p) => p.value));
  const steps = Math.round((domain[1] - domain[0]) * 10);
  const every = height < 260 ? Math.ceil(steps / 3) : steps > 6 ? 2 : 1;
  const yTicks = Array.from({ length: Math.floor(steps / every) + 1 }, (_, i) => Math.round((domain[0] + (i * every) / 10) * 10) / 10);
  const first = run[0];
  const lastActual = run[run.length - 1];
  const years = [first?.year, lastActual?.year, ...targets.map((p) => p.year), ...others.map((p) => p.year)].filter(
    (y): y is number => y !== undefined,
  );
  const unitText = RATIO_LABEL_COPY.axisTitle[lang](formatValue(domain[0], 'ratio', lang));
  const axes = yearAxes(width, height, years, domain, yTicks, ratio.unit, lang, 36);
  const { x, y } = axes;
  const ticks = axes.ticks.map((m) => (m.k.startsWith('ytick-') ? { ...m, text: formatTick(Number(m.k.slice(6)), ratio.unit, lang) } : m));
  ticks.push({ k: 'ratio-axis-title', x: 0, y: 13, text: unitText, size: LABEL, tone: 'muted' });
  const xy = (p: Point): [number, number] => [x(p.year), y(p.value)];

  const lines: LineMark[] = [{ k: 'line-ratio', d: line()(run.map(xy)) ?? '', color: COLORS.actual, width: 2.5 }];
  const points: PointMark[] = [
    ...run.map((p) => kindPoint(`point-ratio-${p.year}`, 'actual', x(p.year), y(p.value), 4)),
    ...targets.map((p) => kindPoint(`point-ratio-target-${p.year}`, 'target', x(p.year), y(p.value), 7)),
    ...others.map((p) => ({
      k: `point-quzhou-${p.year}`,
      cx: x(p.year),
      cy: y(p.value),
      r: 6,
      shape: 'diamond' as const,
      color: COLORS.other,
    })),
  ];
  // A "below" bound is drawn as an arrow from the ring towards lower values.
  for (const p of targets.filter((q) => q.bound)) {
    const [cx, cy] = xy(p);
    const dir = isFloorBound(p.bound) ? -1 : 1;
    lines.push({
      k: `arrow-ratio-target-${p.year}`,
      d: `M${cx},${cy + dir * 9}L${cx},${cy + dir * 22}M${cx - 4},${cy + dir * 17}L${cx},${cy + dir * 22}L${cx + 4},${cy + dir * 17}`,
      color: COLORS.target,
      width: 1.5,
    });
  }
  const pointBoxes = points.map((p) => ({ x: p.cx - p.r - 1, y: p.cy - p.r - 1, width: 2 * p.r + 2, height: 2 * p.r + 2 }));
  const shownTicks = clearTicks(ticks, pointBoxes, 'ratio-axis-title');
  const obstacles: Box[] = [
    ...shownTicks.map(tickObstacle),
    ...pointBoxes,
    ...lineObstacles(run.map(xy)),
    ...targets.filter((q) => q.bound).map((p) => ({ x: x(p.year) - 5, y: y(p.value) - 24, width: 10, height: 48 })),
  ];
  const value = (p: Point) => boundedValue(p.value, ratio.unit, p.bound, lang);
  const single = (p: Point, k: string, text: string, tone: string, sides: readonly Side[]): LabelBlock[] =>
    labelBlocks(k, [{ k, text, size: LABEL, tone }], x(p.year), y(p.value), 8, sides);
  const requests: LabelBlock[][] = [
    ...run.map((p, i) => single(p, `label-ratio-${p.year}`, value(p), 'fg', i === 0 ? ['ne', 'se', 'e'] : ['n', 'ne', 's', 'e'])),
    ...targets.map((p) =>
      labelBlocks(
        `label-ratio-target-${p.year}`,
        [
          {
            k: `label-ratio-target-${p.year}-kind`,
            text: `${p.year} ${kindWord('target', lang)}`,
            size: LABEL,
            bold: true,
            tone: COLORS.target,
          },
          { k: `label-ratio-target-${p.year}`, text: value(p), size: LABEL },
        ],
        x(p.year),
        y(p.value),
        11,
        ['w', 'nw', 'n'],
      ),
    ),
    ...others.map((p) =>
      labelBlocks(
        `label-quzhou-${p.year}`,
        [
          { k: `label-quzhou-${p.year}-name`, text: `${quzhou.label[lang]} ${p.year}`, size: LABEL, bold: true, tone: 'muted' },
          { k: `label-quzhou-${p.year}`, text: `${kindWord(p.kind, lang)} ${value(p)}`, size: LABEL, tone: 'muted' },
        ],
        x(p.year),
        y(p.value),
        10,
        ['w', 'sw', 's', 'nw'],
      ),
    ),
    ...(first
      ? [
          labelBlocks(
            'name-ratio',
            [{ k: 'name-ratio', text: kecheng.label[lang], size: 13, bold: true, tone: COLORS.actual }],
            (x(first.year) + x(lastActual?.year ?? first.year)) / 2,
            (y(first.value) + y(lastActual?.value ?? first.value)) / 2,
            9,
            ['sw', 's', 'ne', 'n'],
          ),
        ]
      : []),
  ];
  const placed = avoidOverlap(requests, obstacles, axes.bounds, 2);
  const labels: TextMark[] = [...shownTicks, ...placed.flatMap((p) => p?.marks ?? [])];
  return {
    text: ratioText(ratio, income, lang, { run, targets, others }),
    width,
    height,
    rules: axes.rules,
    areas: [],
    bars: [],
    lines,
    points,
    labels,
  };
}
