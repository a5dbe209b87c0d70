import { max } from 'd3-array';
import { scaleLinear } from '../kit/geometry/linear-scale.ts';
import type { ChartModel } from '../kit/chart-definition.ts';
import type { Size } from '../kit/size.ts';
import type { Dataset, Lang, Source } from '../../model/types.ts';
import { formatMarkValue, formatRate, trimDecimals } from '../../model/format.ts';
import { t } from '../../model/i18n/strings.ts';
import { overlaps, type Box } from '../kit/geometry/avoid-overlap.ts';
import { centredText, textBox, type TextMark } from '../kit/geometry/text-mark.ts';
import { textWidth } from '../kit/geometry/text-width.ts';
import type { BarMark } from '../kit/marks/bars.ts';
import { MEANING_COLOR } from '../kit/marks/grammar.ts';
import { FLOOR_HEAD_COPY, GAUGE_COPY, TRACKER_COPY, WORD_COPY } from './copy.ts';
import { resolveTrackerInput, type TrackerInput } from './inputs.ts';
import { TONES, isFloor, rateLabel, requiredLabel, requiredRate, trackerText } from './tracker-text.ts';
import type { View } from './views.ts';

export interface Rect extends Box {
  k: string;
}

/** A bar of annual growth: the required rate or a past one, drawn as its meaning is (marks/grammar.ts). */
export interface RateBar extends BarMark {
  kind: 'required' | 'achieved' | 'planned';
}

/** Each rate's look: what was achieved is an actual value, solid. */
const RATE_LOOK = { required: 'required', achieved: 'actual', planned: 'planned' } as const;

export interface TrackerModel extends ChartModel {
  width: number;
  height: number;
  /** The gauge: the baseline as its kind (solid if actual, hollow if an estimate), hatched as planned to the target. */
  gauge: { base: BarMark; gap: BarMark; targetTick: Rect };
  bars: RateBar[];
  /** Ticks at the required rate across each bar of a past rate, to compare against (as a path). */
  rule: { k: string; d: string };
  rowLabels: RowLabel[];
  texts: TextMark[];
}

const LABEL = 12;
const VALUE = 13;
/** Plots narrower than this (a phone's) get the reading in counts as their subtitle. */
const NARROW = 520;

/** The label above a bar: main words, then a muted qualifier (prices) on the same line. */
export interface RowLabel {
  k: string;
  x: number;
  y: number;
  main: string;
  qualifier: string;
  size: number;
}

function gaugeTexts(input: TrackerInput, lang: Lang, width: number, bx: number, yHead: number, yValue: number): TextMark[] {
  const { baseline, target } = input;
  const head = (year: number, kind: string) => GAUGE_COPY.head[lang]({ year, kind, value: '' });
  const value = formatMarkValue(target.value, input.unit, lang);
  const floor = isFloor(input) ? FLOOR_HEAD_COPY[lang] : '';
  const targetValue = isFloor(input) ? GAUGE_COPY.floorValue[lang]({ year: target.year, kind: '', value }) : value;
  const right: TextMark[] = [
    {
      k: 'gauge-target-head',
      x: width,
      y: yHead,
      text: head(target.year, t('target', lang)) + floor,
      size: LABEL,
      anchor: 'end',
      tone: MEANING_COLOR.target,
    },
    { k: 'gauge-target-value', x: width, y: yValue, text: targetValue, size: VALUE, anchor: 'end', bold: true },
  ];
  const left = (x: number, anchor: 'start' | 'end'): TextMark[] => [
    { k: 'gauge-base-head', x, y: yHead, text: head(baseline.year, t(baseline.kind, lang)), size: LABEL, anchor, tone: 'muted' },
    { k: 'gauge-base-value', x, y: yValue, text: formatMarkValue(baseline.value, input.unit, lang), size: VALUE, anchor, bold: true },
  ];
  // The baseline's labels end where its bar ends, unless they would run into the target's: then they start at zero.
  const atEnd = left(bx, 'end');
  const clash = atEnd.some((a) => a.x - textWidth(a.text, a.size, a.bold) < 0 || right.some((b) => overlaps(textBox(a), textBox(b), 8)));
  return [...(clash ? left(0, 'start') : atEnd), ...right];
}

/**
 * Lays out a target tracker: a gauge from zero through the baseline to the target, and bars of the
 * required annual rate and the past rates it is compared with, each labelled with its value.
 */
export function layoutTracker(input: TrackerInput, size: Size, lang: Lang, sources: Record<string, Source> = {}): TrackerModel {
  const { width, height } = size;
  const { baseline, target } = input;
  const texts: TextMark[] = [];

  const gh = Math.max(14, Math.min(24, Math.round(height * 0.055)));
  const yHead = 13;
  const yBar = 20;
  const yValue = yBar + gh + 17;
  const g = scaleLinear()
    .domain([0, target.value])
    .range([0, width - 2]);
  const bx = g(baseline.value);
  const tx = g(target.value);
  const gauge = {
    base: {
      k: 'gauge-base',
      x: 0,
      y: yBar,
      width: bx,
      height: gh,
      look: baseline.kind === 'estimate' ? ('estimate' as const) : ('actual' as const),
    },
    gap: { k: 'gauge-gap', x: bx, y: yBar, width: Math.max(0, tx - bx), height: gh, look: 'planned' as const },
    targetTick: { k: 'gauge-target', x: tx - 1.5, y: yBar - 5, width: 3, height: gh + 10 },
  };
  texts.push(...gaugeTexts(input, lang, width, bx, yHead, yValue));
  const gapText = `+${trimDecimals((target.value / baseline.value - 1) * 100, 0)}%`;
  if (tx - bx >= textWidth(gapText, LABEL, true) + 12) {
    texts.push(
      centredText(
        {
          k: 'gauge-gap-label',
          x: (bx + tx) / 2,
          text: gapText,
          size: LABEL,
          anchor: 'middle',
          bold: true,
          tone: MEANING_COLOR.target,
          halo: true,
        },
        yBar + gh / 2,
      ),
    );
  }

  const need = requiredRate(input);
  const rows = [
    { k: 'rate-required', kind: 'required' as const, value: need, label: requiredLabel(input, lang) },
    ...input.rates.map((r, i) => ({ k: `rate-${i}-${r.kind}-${r.from}-${r.to}`, kind: r.kind, value: r.value, label: rateLabel(r, lang) })),
  ];
  const valueText = (row: (typeof rows)[number]) => {
    const rate = formatRate(row.value, lang);
    if (row.kind !== 'required' || !isFloor(input)) return rate;
    return WORD_COPY.atLeast[lang](rate);
  };
  const sectionTop = yValue + 12;
  const roomy = (height - sectionTop) / rows.length >= 40;
  const headY = sectionTop + 16;
  if (roomy) texts.push({ k: 'rates-head', x: 0, y: headY, text: TRACKER_COPY.ratesHead[lang], size: LABEL, bold: true });
  const rowsTop = roomy ? headY + 10 : sectionTop + 4;
  const rowH = Math.min(60, (height - rowsTop - 2) / rows.length);
  // A row is its label, then its bar with its value at the end. In a plot too cramped for that (a phone's), the
  // value moves to the end of the label's line and the bar runs thin beneath them: no text then sits on a bar.
  const cramped = rowH < 36;
  const labelSize = cramped ? 11 : LABEL;
  const valueSize = cramped ? 11 : VALUE;
  const bh = cramped ? Math.max(3, Math.min(8, rowH - 16)) : Math.max(VALUE - 3, Math.min(22, rowH - LABEL * 1.25 - 10));
  const rowLabels: RowLabel[] = [];
  const widest = max(rows, (row) => textWidth(valueText(row), valueSize, true)) ?? 0;
  const x = scaleLinear()
    .domain([0, max(rows, (r) => r.value) ?? 1])
    .range([0, cramped ? width - 2 : Math.max(40, width - widest - 10)]);

  const bars: RateBar[] = rows.map((row, i) => {
    const top = rowsTop + i * rowH;
    const labelY = top + labelSize * (cramped ? 0.82 : 0.95);
    const y = cramped ? top + labelSize * 1.1 + 1.5 : top + LABEL * 1.1 + 3;
    rowLabels.push({ k: `${row.k}-label`, x: 0, y: labelY, ...row.label, size: labelSize });
    // On a cramped line too short for the label and "at least 6.4% a year", the floor is written as its sign.
    const words = valueText(row);
    const lineFits = textWidth(row.label.main + row.label.qualifier, labelSize) + 8 + textWidth(words, valueSize, true) <= width;
    const text = cramped && !lineFits && row.kind === 'required' && isFloor(input) ? `≥${formatRate(row.value, lang)}` : words;
    const value = { k: `${row.k}-value`, text, size: valueSize, bold: true, halo: true, tone: TONES[row.kind] };
    texts.push(cramped ? { ...value, x: width, y: labelY, anchor: 'end' } : centredText({ ...value, x: x(row.value) + 6 }, y + bh / 2));
    return {
      k: row.k,
      kind: row.kind,
      x: 0,
      y,
      width: Math.max(0, x(row.value)),
      height: bh,
      look: RATE_LOOK[row.kind],
    };
  });
  const rx = x(need);
  const reach = cramped ? 1 : 3;
  const rule = bars
    .filter((b) => b.kind !== 'required')
    .map((b) => `M${rx},${b.y - reach}V${b.y + b.height + reach}`)
    .join('');
  return {
    text: trackerText(input, lang, sources, width < NARROW),
    width,
    height,
    gauge,
    bars,
    rule: { k: 'rate-rule', d: rule },
    rowLabels,
    texts,
  };
}

/** Looks up a view's numbers in the datasets and lays it out. */
export function layoutTrackerView(
  datasets: Record<string, Dataset>,
  view: View,
  size: Size,
  lang: Lang,
  sources: Record<string, Source> = {},
): TrackerModel {
  return layoutTracker(resolveTrackerInput(view, datasets), size, lang, sources);
}
