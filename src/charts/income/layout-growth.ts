import { scaleLinear } from '../kit/geometry/linear-scale.ts';
import type { Lang, SeriesDataset } from '../../model/types.ts';
import { formatRate, formatTick, trimDecimals } from '../../model/format.ts';
import type { Size } from '../kit/size.ts';
import { textWidth } from '../kit/geometry/text-width.ts';
import { centredText, type TextMark } from '../kit/geometry/text-mark.ts';
import { MEANING_COLOR } from '../kit/marks/grammar.ts';
import { GROWTH_LABEL_COPY } from './copy.ts';
import type { BarMark, IncomeModel, Rule } from './model.ts';
import { findSeries, period } from './series.ts';
import { growthText } from './text-growth.ts';
import { COLORS, SERIES } from './views.ts';

const LABEL = 12;

/** The words before a bar's value: 规划 / 实际 (planned / achieved). */
function barWord(planned: boolean, lang: Lang): string {
  return planned ? GROWTH_LABEL_COPY.plannedBar[lang] : GROWTH_LABEL_COPY.achievedBar[lang];
}

/** Planned and achieved average annual growth as paired horizontal bars, one group per series. */
export function layoutGrowth(income: SeriesDataset, size: Size, lang: Lang): IncomeModel {
  const { width, height } = size;
  const groups = [SERIES.urban, SERIES.rural].map((id) => {
    const series = findSeries(income, id);
    const records = [...(series.growth ?? [])].sort((a, b) => a.from - b.from || a.to - b.to);
    return { id, series, records, color: id === SERIES.urban ? COLORS.urban : COLORS.rural };
  });
  const values = groups.flatMap((g) => g.records.flatMap((r) => [r.planned ?? 0, r.achieved ?? 0]));
  const barCount = groups.reduce(
    (n, g) => n + g.records.reduce((m, r) => m + (r.planned !== undefined ? 1 : 0) + (r.achieved !== undefined ? 1 : 0), 0),
    0,
  );
  const recordCount = groups.reduce((n, g) => n + g.records.length, 0);

  const axisHeight = 24;
  const headerHeight = 22;
  const minRecordGap = 8;
  const minGroupGap = 14;
  const innerGaps = recordCount - groups.length;
  const fixed = axisHeight + groups.length * headerHeight + (groups.length - 1) * minGroupGap + innerGaps * minRecordGap;
  const bar = Math.max(8, Math.min(Math.max(30, height / 20), (height - fixed - 4) / Math.max(1, barCount) - 2));
  // Height left over once bars reach their largest size widens the gaps, up to a point; the rest stays below.
  const spare = Math.max(0, height - fixed - 4 - barCount * (bar + 2));
  const recordGap = minRecordGap + Math.min(Math.max(12, height / 40), spare / Math.max(1, innerGaps + 2 * (groups.length - 1)));
  const groupGap =
    minGroupGap + Math.min(Math.max(36, height / 12), (spare - innerGaps * (recordGap - minRecordGap)) / Math.max(1, groups.length - 1));
  const labelColumn = Math.max(...groups.flatMap((g) => g.records.map((r) => textWidth(period(r, lang), LABEL)))) + 10;
  const max = Math.max(...values);
  const withWords = (planned: boolean, v: number) => `${barWord(planned, lang)} ${formatRate(v, lang)}`;
  const rated = groups.flatMap((g) =>
    g.records.flatMap((r) => [
      ...(r.planned !== undefined ? [{ v: r.planned, planned: true }] : []),
      ...(r.achieved !== undefined ? [{ v: r.achieved, planned: false }] : []),
    ]),
  );
  const longest = Math.max(...rated.map((r) => textWidth(withWords(r.planned, r.v), LABEL, !r.planned)));
  const words = width - labelColumn - longest - 8 > (width - labelColumn) * 0.5;
  const valueRoom = 8 + (words ? longest : Math.max(...rated.map((r) => textWidth(formatRate(r.v, lang), LABEL, !r.planned))));
  const x = scaleLinear()
    .domain([0, max])
    .nice()
    .range([labelColumn, width - valueRoom]);
  const ticks = x.ticks(width < 420 ? 4 : 6);

  const bars: BarMark[] = [];
  const labels: TextMark[] = [];
  let top = 0;
  for (const [gi, group] of groups.entries()) {
    if (gi > 0) top += groupGap;
    const name = group.series.label[lang];
    labels.push({ k: `growth-name-${group.id}`, x: 0, y: top + 15, text: name, size: 13, bold: true, tone: group.color });
    const missed = group.records.find((r) => r.met === false && r.planned !== undefined && r.achieved !== undefined);
    if (missed && missed.planned !== undefined && missed.achieved !== undefined) {
      const gap = trimDecimals(missed.planned - missed.achieved, 1);
      const text = GROWTH_LABEL_COPY.missed[lang](gap);
      if (textWidth(name, 13, true) + textWidth(text, LABEL) + 16 < width) {
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
      labels.push(
        centredText(
          { k: `growth-period-${group.id}-${period(record, lang)}`, x: 0, text: period(record, lang), size: LABEL, tone: 'muted' },
          top + blockHeight / 2,
        ),
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
        const text = words ? withWords(row.planned, row.value) : formatRate(row.value, lang);
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
  const rules: Rule[] = ticks.map((v) => ({
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
  return { text: growthText(income, lang), width, height, rules, areas: [], bars, lines: [], points: [], labels };
}
