import { scaleLinear } from './linear-scale.ts';
import type { GrowthRecord, Lang } from '../../../model/types.ts';
import { formatRate, formatTick, trimDecimals } from '../../../model/format.ts';
import type { Size } from '../size.ts';
import { textWidth } from './text-width.ts';
import { centredText, type TextMark } from './text-mark.ts';
import type { BarMark, RuleMark } from '../marks/bars.ts';
import { MEANING_COLOR } from '../marks/grammar.ts';

const LABEL = 12;

/** One group of bars: a series' growth records, under its name, achieved bars in its colour. */
export interface RateBarGroup {
  id: string;
  name: string;
  color: string;
  records: readonly GrowthRecord[];
}

/** The words a rate-bar chart writes, in the chart's language (each chart keeps them in its copy.ts). */
export interface RateBarWords {
  /** Before a bar's value: 规划 / planned, 实际 / achieved. */
  planned: string;
  achieved: string;
  /** Beside a group's name when a record missed its plan, from the shortfall in points ("0.9"). */
  missed: (gap: string) => string;
  /** The years a record averages over: "2016—2020". */
  period: (record: GrowthRecord) => string;
}

export interface RateBars {
  bars: BarMark[];
  labels: TextMark[];
  rules: RuleMark[];
}

/** How thick a bar may grow; the default suits several groups of bars in one plot. */
export interface RateBarOptions {
  maxBar?: (height: number) => number;
}

const defaultMaxBar = (height: number) => Math.max(30, height / 20);

/**
 * Planned and achieved average annual growth as paired horizontal bars, one group per series, on one
 * percentage axis from zero: planned hatched in the plan's purple, achieved solid in the group's (marks/grammar.ts).
 */
export function layoutRateBars(
  groups: readonly RateBarGroup[],
  size: Size,
  lang: Lang,
  words: RateBarWords,
  options: RateBarOptions = {},
): RateBars {
  const { width, height } = size;
  const maxBar = options.maxBar ?? defaultMaxBar;
  const sorted = groups.map((g) => ({ ...g, records: [...g.records].sort((a, b) => a.from - b.from || a.to - b.to) }));
  const values = sorted.flatMap((g) => g.records.flatMap((r) => [r.planned ?? 0, r.achieved ?? 0]));
  const barCount = sorted.reduce(
    (n, g) => n + g.records.reduce((m, r) => m + (r.planned !== undefined ? 1 : 0) + (r.achieved !== undefined ? 1 : 0), 0),
    0,
  );
  const recordCount = sorted.reduce((n, g) => n + g.records.length, 0);

  const axisHeight = 24;
  const headerHeight = 22;
  const minRecordGap = 8;
  const minGroupGap = 14;
  const innerGaps = recordCount - sorted.length;
  const fixed = axisHeight + sorted.length * headerHeight + (sorted.length - 1) * minGroupGap + innerGaps * minRecordGap;
  const bar = Math.max(8, Math.min(maxBar(height), (height - fixed - 4) / Math.max(1, barCount) - 2));
  // Height left over once bars reach their largest size widens the gaps, up to a point; the rest stays below.
  const spare = Math.max(0, height - fixed - 4 - barCount * (bar + 2));
  const recordGap = minRecordGap + Math.min(Math.max(12, height / 40), spare / Math.max(1, innerGaps + 2 * (sorted.length - 1)));
  const groupGap =
    minGroupGap + Math.min(Math.max(36, height / 12), (spare - innerGaps * (recordGap - minRecordGap)) / Math.max(1, sorted.length - 1));
  const labelColumn = Math.max(...sorted.flatMap((g) => g.records.map((r) => textWidth(words.period(r), LABEL)))) + 10;
  const max = Math.max(...values);
  const withWords = (planned: boolean, v: number) => `${planned ? words.planned : words.achieved} ${formatRate(v, lang)}`;
  const rated = sorted.flatMap((g) =>
    g.records.flatMap((r) => [
      ...(r.planned !== undefined ? [{ v: r.planned, planned: true }] : []),
      ...(r.achieved !== undefined ? [{ v: r.achieved, planned: false }] : []),
    ]),
  );
  const longest = Math.max(...rated.map((r) => textWidth(withWords(r.planned, r.v), LABEL, !r.planned)));
  const wordy = width - labelColumn - longest - 8 > (width - labelColumn) * 0.5;
  const valueRoom = 8 + (wordy ? longest : Math.max(...rated.map((r) => textWidth(formatRate(r.v, lang), LABEL, !r.planned))));
  const x = scaleLinear()
    .domain([0, max])
    .nice()
    .range([labelColumn, width - valueRoom]);
  const ticks = x.ticks(width < 420 ? 4 : 6);

  const bars: BarMark[] = [];
  const labels: TextMark[] = [];
  let top = 0;
  for (const [gi, group] of sorted.entries()) {
    if (gi > 0) top += groupGap;
    labels.push({ k: `growth-name-${group.id}`, x: 0, y: top + 15, text: group.name, size: 13, bold: true, tone: group.color });
    const missed = group.records.find((r) => r.met === false && r.planned !== undefined && r.achieved !== undefined);
    if (missed && missed.planned !== undefined && missed.achieved !== undefined) {
      const text = words.missed(trimDecimals(missed.planned - missed.achieved, 1));
      if (textWidth(group.name, 13, true) + textWidth(text, LABEL) + 16 < width) {
        labels.push({
          k: `growth-missed-${group.id}`,
          x: width,
          y: top + 15,
          text,
          size: LABEL,
          anchor: 'end',
          tone: 'var(--_missed)',
          bold: true,
        });
      }
    }
    top += headerHeight;
    for (const [ri, record] of group.records.entries()) {
      if (ri > 0) top += recordGap;
      const rows = [
        ...(record.planned !== undefined ? [{ value: record.planned, planned: true }] : []),
        ...(record.achieved !== undefined ? [{ value: record.achieved, planned: false }] : []),
      ];
      const blockHeight = rows.length * bar + (rows.length - 1) * 2;
      const period = words.period(record);
      labels.push(
        centredText({ k: `growth-period-${group.id}-${period}`, x: 0, text: period, size: LABEL, tone: 'muted' }, top + blockHeight / 2),
      );
      for (const row of rows) {
        const k = `bar-${group.id}-${record.from}-${record.to}-${row.planned ? 'planned' : 'achieved'}`;
        bars.push({
          k,
          x: x(0),
          y: top,
          width: x(row.value) - x(0),
          height: bar,
          look: row.planned ? 'planned' : 'actual',
          color: group.color,
        });
        const text = wordy ? withWords(row.planned, row.value) : formatRate(row.value, lang);
        labels.push(
          centredText(
            {
              k: `label-${k}`,
              x: x(row.value) + 5,
              text,
              size: LABEL,
              tone: row.planned ? MEANING_COLOR.planned : 'fg',
              bold: !row.planned,
            },
            top + bar / 2,
          ),
        );
        top += bar + 2;
      }
      top -= 2;
    }
  }
  const axisY = Math.min(height - axisHeight, top + 8);
  const rules: RuleMark[] = ticks.map((v) => ({
    k: `xgrid-${v}`,
    x1: x(v),
    x2: x(v),
    y1: headerHeight - 4,
    y2: axisY,
    kind: v === 0 ? 'axis' : 'grid',
  }));
  for (const v of ticks) {
    labels.push({
      k: `xtick-rate-${v}`,
      x: x(v),
      y: axisY + 16,
      text: formatTick(v, 'percent', lang),
      size: LABEL,
      anchor: 'middle',
      tone: 'muted',
    });
  }
  // On a tall plot the bars and their axis fill only its top: they are centred in it instead.
  const dy = Math.max(0, (height - (axisY + 22)) / 2);
  return {
    bars: bars.map((b) => ({ ...b, y: b.y + dy })),
    labels: labels.map((l) => ({ ...l, y: l.y + dy })),
    rules: rules.map((r) => ({ ...r, y1: r.y1 + dy, y2: r.y2 + dy })),
  };
}
