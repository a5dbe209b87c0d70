import type { ChartText } from '../kit/chart-text.ts';
import type { Lang, Point, SeriesDataset } from '../../model/types.ts';
import { formatValue, unitLabel } from '../../model/format.ts';
import { t } from '../../model/i18n/strings.ts';
import { boundedValue } from '../../model/bounded-value.ts';
import { findSeries, pointAt } from './series.ts';
import { COLORS, SERIES, VIEW_NOTES } from './views.ts';
import { INCOME_COPY, RATIO_COPY, type RatioCopyFacts } from './copy.ts';

export interface RatioFacts {
  run: Point[];
  targets: Point[];
  others: Point[];
}

/** Title, summary, legend, notes and table of the ratio view. */
export function ratioText(ratio: SeriesDataset, income: SeriesDataset, lang: Lang, facts: RatioFacts): ChartText {
  const v = (p: Point) => boundedValue(p.value, ratio.unit, p.bound, lang);
  const at = (p: Point | undefined) => p && { year: p.year, text: v(p) };
  const kecheng = findSeries(ratio, SERIES.ratio);
  const quzhou = findSeries(ratio, SERIES.quzhou);
  const first = facts.run[0];
  const last = facts.run[facts.run.length - 1];
  const target = facts.targets[facts.targets.length - 1];
  const other = facts.others[facts.others.length - 1];
  const urban = findSeries(income, SERIES.urban);
  const rural = findSeries(income, SERIES.rural);
  const [u0, u1, r0, r1] =
    first && last ? [pointAt(urban, first.year), pointAt(urban, last.year), pointAt(rural, first.year), pointAt(rural, last.year)] : [];
  const gap = u0 && u1 && r0 && r1;
  const copy = RATIO_COPY;
  const said: RatioCopyFacts = {
    kecheng: kecheng.label[lang],
    quzhou: quzhou.label[lang],
    first: at(first),
    last: at(last),
    narrowed: first !== undefined && last !== undefined && last.value < first.value,
    gapFrom: gap ? formatValue(u0.value - r0.value, income.unit, lang) : '',
    gapTo: gap ? formatValue(u1.value - r1.value, income.unit, lang) : '',
    target: at(target),
    other: other && { year: other.year, text: v(other), kind: other.kind },
  };
  let title: string = ratio.title[lang];
  const sentences: string[] = [];
  if (first && last) {
    title = copy.title[lang](said);
    if (target) title += copy.titleTarget[lang](said);
    sentences.push(copy.ratio[lang](said));
    if (gap) sentences.push(copy.gap[lang](said));
  }
  if (target) sentences.push(copy.target[lang](said));
  if (other) sentences.push(copy.other[lang](said));
  const sorted = [kecheng, quzhou].flatMap((s) => [...s.points].sort((a, b) => a.year - b.year).map((p) => ({ s, p })));
  const rows = sorted.map(({ s, p }) => [s.label[lang], String(p.year), v(p), t(p.kind, lang)]);
  const refs = sorted.map(({ p }) => ({ unit: unitLabel(ratio.unit, lang), source: p.source, locator: p.locator, value: p.value }));
  return {
    title,
    subtitle: copy.subtitle[lang],
    summary: sentences.join(INCOME_COPY.sentenceGap[lang]),
    legend: [
      { label: copy.actualLegend[lang](said), swatch: 'line', color: COLORS.actual },
      ...(target
        ? [
            {
              label: copy.targetLegend[lang](said),
              swatch: 'target' as const,
            },
          ]
        : []),
      ...(other ? [{ label: copy.otherLegend[lang](said), swatch: 'diamond' as const, color: COLORS.other }] : []),
    ],
    notes: VIEW_NOTES.ratio.ratio.flatMap((i) => ratio.notes?.[i]?.[lang] ?? []),
    sourceIds: [...new Set([...kecheng.points, ...quzhou.points].map((p) => p.source))],
    table: { columns: [INCOME_COPY.seriesColumn[lang], t('year', lang), t('value', lang), t('kind', lang)], rows, refs },
  };
}
