import { scaleLinear } from '../kit/geometry/linear-scale.ts';
import { area, line } from 'd3-shape';
import type { Bound, Lang, Point, SeriesDataset } from '../../model/types.ts';
import { formatMarkValue, formatRate } from '../../model/format.ts';
import { boundedValue } from '../../model/bounded-value.ts';
import { cagr, growthPath } from '../../model/growth.ts';
import type { Size } from '../kit/size.ts';
import { avoidOverlap, type Box } from '../kit/geometry/avoid-overlap.ts';
import { labelBlocks, type LabelBlock, type Side } from '../kit/geometry/label-block.ts';
import { kindWord } from '../../model/i18n/kind-word.ts';
import type { TextMark } from '../kit/geometry/text-mark.ts';
import { textWidth } from '../kit/geometry/text-width.ts';
import { wrapText } from '../kit/geometry/wrap-text.ts';
import { LEVELS_LABEL_COPY } from './copy.ts';
import type { IncomeModel, LineMark, PointMark } from './model.ts';
import { actualRuns, byYear, findSeries } from './series.ts';
import { COLORS, SERIES } from './views.ts';
import { kindPoint } from '../kit/marks/kinds.ts';
import { REQUIRED_PATH } from '../kit/marks/grammar.ts';
import { clearTicks, tickObstacle, yearAxes } from './year-axis.ts';
import { levelsText } from './text-levels.ts';

const LABEL = 12;

/**
 * An amount in whole yuan, so every label in the chart reads in one unit: 35611 元 beside 74000 元, never
 * beside "7.4 万元" (how the general formatter writes a round target).
 */
export function wholeYuan(value: number, bound: Bound | undefined, lang: Lang): string {
  return boundedValue(value, 'yuan', bound, lang, formatMarkValue);
}

/** Small boxes along a polyline, so labels keep off the line. */
export function lineObstacles(points: readonly [number, number][], step = 6): Box[] {
  const boxes: Box[] = [];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i - 1] ?? [0, 0];
    const [x2, y2] = points[i] ?? [0, 0];
    const n = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / step));
    for (let j = 0; j <= n; j++) boxes.push({ x: x1 + ((x2 - x1) * j) / n - 1, y: y1 + ((y2 - y1) * j) / n - 1, width: 2, height: 2 });
  }
  return boxes;
}

/** Urban and rural incomes as two lines with the gap shaded, and the all-residents estimate and target apart. */
export function layoutLevels(income: SeriesDataset, size: Size, lang: Lang): IncomeModel {
  const { width, height } = size;
  const urban = findSeries(income, SERIES.urban);
  const rural = findSeries(income, SERIES.rural);
  const all = byYear(findSeries(income, SERIES.all));
  const estimate = all.find((p) => p.kind === 'estimate');
  const target = all.find((p) => p.kind === 'target');
  const [urbanRun = []] = actualRuns(urban);
  const [ruralRun = []] = actualRuns(rural);
  const everything = [...urbanRun, ...ruralRun, ...all];
  const years = [...new Set(everything.map((p) => p.year))];
  const maxValue = Math.max(...everything.map((p) => p.value));

  const yNice = scaleLinear().domain([0, maxValue]).nice(4);
  const yDomain = yNice.domain() as [number, number];
  const yTickValues = yNice.ticks(height < 260 ? 3 : 4);
  const priority = [...new Set([urbanRun[0]?.year, urbanRun[urbanRun.length - 1]?.year, target?.year, estimate?.year, ...years])].filter(
    (y): y is number => y !== undefined,
  );
  const axes = yearAxes(width, height, priority, yDomain, yTickValues, income.unit, lang);
  const { x, y } = axes;
  const xy = (p: Point): [number, number] => [x(p.year), y(p.value)];

  const path = line<[number, number]>();
  const lines: LineMark[] = [
    { k: 'line-urban', d: path(urbanRun.map(xy)) ?? '', color: COLORS.urban, width: 2.5 },
    { k: 'line-rural', d: path(ruralRun.map(xy)) ?? '', color: COLORS.rural, width: 2.5 },
  ];
  const common = urbanRun.filter((u) => ruralRun.some((r) => r.year === u.year));
  const gap = area<Point>()
    .x((p) => x(p.year))
    .y1((p) => y(p.value))
    .y0((p) => y(ruralRun.find((r) => r.year === p.year)?.value ?? p.value));
  const areas = [{ k: 'area-gap', d: gap(common) ?? '', color: COLORS.urban, opacity: 0.1 }];

  const points: PointMark[] = [
    ...urbanRun.map((p) => ({
      k: `point-urban-${p.year}`,
      cx: x(p.year),
      cy: y(p.value),
      r: 4,
      shape: 'dot' as const,
      color: COLORS.urban,
    })),
    ...ruralRun.map((p) => ({
      k: `point-rural-${p.year}`,
      cx: x(p.year),
      cy: y(p.value),
      r: 4,
      shape: 'dot' as const,
      color: COLORS.rural,
    })),
  ];
  let rate: number | undefined;
  let requiredPath: [number, number][] = [];
  if (estimate && target && target.year > estimate.year) {
    rate = cagr(estimate.value, target.value, target.year - estimate.year);
    requiredPath = growthPath(estimate.year, estimate.value, target.year, rate).map((p) => [x(p.year), y(p.value)]);
    lines.push({ k: 'line-required', d: path(requiredPath) ?? '', ...REQUIRED_PATH });
  }
  if (estimate) points.push(kindPoint(`point-all-${estimate.year}`, 'estimate', x(estimate.year), y(estimate.value), 5));
  if (target) points.push(kindPoint(`point-all-${target.year}`, 'target', x(target.year), y(target.value), 7));

  const pointBoxes = points.map((p) => ({ x: p.cx - p.r - 1, y: p.cy - p.r - 1, width: 2 * p.r + 2, height: 2 * p.r + 2 }));
  const ticks = clearTicks(axes.ticks, pointBoxes, `ytick-${Math.max(...yTickValues)}`);
  const obstacles: Box[] = [
    ...ticks.map(tickObstacle),
    ...pointBoxes,
    ...lineObstacles(urbanRun.map(xy)),
    ...lineObstacles(ruralRun.map(xy)),
    ...lineObstacles(requiredPath),
  ];
  const valueText = (p: Point) => wholeYuan(p.value, p.bound, lang);
  const requests: LabelBlock[][] = [];
  const first = (run: Point[]) => run[0];
  const last = (run: Point[]) => run[run.length - 1];
  const valueLabel = (p: Point | undefined, id: string, color: string, sides: readonly Side[]) => {
    if (!p) return [];
    const k = `label-${id}-${p.year}`;
    return labelBlocks(k, [{ k, text: valueText(p), size: LABEL, tone: color }], x(p.year), y(p.value), 8, sides);
  };
  // The lines' names first: no legend names the two lines.
  requests.push(seriesName(urban.label[lang], 'urban', COLORS.urban, urbanRun, -1));
  requests.push(seriesName(rural.label[lang], 'rural', COLORS.rural, ruralRun, 1));
  requests.push(valueLabel(last(urbanRun), 'urban', 'fg', ['n', 'nw', 'w']));
  requests.push(valueLabel(last(ruralRun), 'rural', 'fg', ['s', 'sw', 'se', 'e']));
  requests.push(valueLabel(first(urbanRun), 'urban', 'fg', ['ne', 'n', 'se']));
  requests.push(valueLabel(first(ruralRun), 'rural', 'fg', ['se', 's', 'ne']));
  const kindLine = (p: Point, color: string, sides: readonly Side[]) =>
    labelBlocks(
      `label-all-${p.year}`,
      [
        { k: `label-all-${p.year}-kind`, text: `${p.year} ${kindWord(p.kind, lang)}`, size: LABEL, tone: color, bold: true },
        { k: `label-all-${p.year}`, text: valueText(p), size: LABEL },
      ],
      x(p.year),
      y(p.value),
      p.kind === 'target' ? 11 : 9,
      sides,
    );
  if (estimate) requests.push(kindLine(estimate, COLORS.estimate, ['se', 's', 'e', 'ne', 'n']));
  if (target) requests.push(kindLine(target, COLORS.target, ['w', 'sw', 's', 'nw']));
  const a = urbanRun[0];
  const b = urbanRun[urbanRun.length - 1];
  const ra = ruralRun[0];
  const rb = ruralRun[ruralRun.length - 1];
  if (a && b && ra && rb && a.year === ra.year && b.year === rb.year) {
    const gapText = LEVELS_LABEL_COPY.gapTitle[lang];
    const from = wholeYuan(a.value - ra.value, undefined, lang);
    const to = wholeYuan(b.value - rb.value, undefined, lang);
    const title = { k: 'label-gap-title', text: gapText, size: LABEL, tone: 'muted', bold: true };
    const gapLines = [title, { k: 'label-gap', text: `${from} → ${to}`, size: LABEL, tone: 'muted' }];
    // Midway between the lines at points along the band: the title with the amounts, else (a phone) the title alone,
    // so the band is never left unexplained.
    const centres = [0.5, 0.6, 0.4, 0.7, 0.3].map((f) => {
      const cx = x(a.year) + (x(b.year) - x(a.year)) * f;
      const mid = (p: Point, q: Point) => y(p.value + (q.value - p.value) * f);
      return [cx, (mid(a, b) + mid(ra, rb)) / 2] as const;
    });
    const inGap = (lines: typeof gapLines) =>
      centres.flatMap(([cx, cy]) => labelBlocks('label-gap', lines, cx, cy, 0, ['c'], { halo: false }).filter((c) => insideGap(c.box)));
    const titleLines = wrapText(gapText, textWidth(gapText, LABEL, true) / 2 + 8, LABEL, Infinity, true).map((text, i) => ({
      ...title,
      k: `label-gap-title${i ? `-${i}` : ''}`,
      text,
    }));
    requests.push([...inGap(gapLines), ...inGap([title]), ...inGap(titleLines)]);
  }
  if (rate !== undefined && requiredPath.length > 1) {
    const mid = requiredPath[Math.floor(requiredPath.length / 2)] ?? [0, 0];
    const text = LEVELS_LABEL_COPY.needs[lang](formatRate(rate, lang));
    requests.push(
      labelBlocks('label-required', [{ k: 'label-required', text, size: LABEL, tone: REQUIRED_PATH.color }], mid[0], mid[1], 8, [
        'nw',
        'se',
        'n',
        's',
      ]),
    );
  }
  const placed = avoidOverlap(requests, obstacles, axes.bounds, 2);
  const labels: TextMark[] = [...ticks, ...placed.flatMap((p) => p?.marks ?? [])];

  function seriesName(text: string, id: string, color: string, run: Point[], side: -1 | 1): LabelBlock[] {
    const p0 = run[0];
    const p1 = run[run.length - 1];
    if (!p0 || !p1) return [];
    // Each line keeps its name: first on its own side of the line, then, on a crowded phone plot, on the other.
    const sides: Side[][] =
      side < 0
        ? [
            ['nw', 'n'],
            ['se', 's', 'e'],
          ]
        : [
            ['se', 's'],
            ['nw', 'n', 'e', 'w'],
          ];
    // ... and, where one line finds no room, on two.
    const half = wrapText(text, textWidth(text, 13, true) / 2 + 8, 13, Infinity, true);
    const blocks = [[text], ...(half.length > 1 ? [half] : [])].map((lines) =>
      lines.map((t, i) => ({ k: `name-${id}${i ? `-${i}` : ''}`, text: t, size: 13, bold: true, tone: color })),
    );
    return blocks.flatMap((block) =>
      sides.flatMap((s) =>
        [0.5, 0.3, 0.7, 0.15, 0.85].flatMap((f) => {
          const cx = x(p0.year) + (x(p1.year) - x(p0.year)) * f;
          const cy = y(p0.value) + (y(p1.value) - y(p0.value)) * f;
          return labelBlocks(`name-${id}`, block, cx, cy, 9, s);
        }),
      ),
    );
  }
  function insideGap(box: Box): boolean {
    const [u0, u1, r0, r1] = [urbanRun[0], urbanRun[urbanRun.length - 1], ruralRun[0], ruralRun[ruralRun.length - 1]];
    if (!u0 || !u1 || !r0 || !r1) return false;
    const at = (p: Point, q: Point, px: number) => y(p.value) + ((y(q.value) - y(p.value)) * (px - x(p.year))) / (x(q.year) - x(p.year));
    return [box.x, box.x + box.width].every(
      (px) => px > x(u0.year) + 4 && px < x(u1.year) - 4 && at(u0, u1, px) + 4 < box.y && at(r0, r1, px) - 4 > box.y + box.height,
    );
  }

  return {
    text: levelsText(income, lang, { urban: urbanRun, rural: ruralRun, estimate, target, rate }),
    width,
    height,
    rules: axes.rules,
    areas,
    bars: [],
    lines,
    points,
    labels,
  };
}
