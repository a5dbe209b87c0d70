import type { ChartText } from '../kit/chart-text.ts';
import type { Lang, Point, PointKind, SeriesDataset } from '../../model/types.ts';
import { formatRate, formatValue, trimDecimals, unitLabel } from '../../model/format.ts';
import { t } from '../../model/i18n/strings.ts';
import { boundedValue } from '../../model/bounded-value.ts';
import { findSeries } from './series.ts';
import { SERIES, VIEW_NOTES } from './views.ts';
import { INCOME_COPY, LEVELS_COPY, LEVELS_POINT_COPY, type LevelsCopyFacts } from './copy.ts';

export interface LevelsFacts {
  urban: Point[];
  rural: Point[];
  estimate?: Point;
  target?: Point;
  /** average annual growth from the estimate to the target, in percent */
  rate?: number;
}

/** Percentage change from a to b, as the language writes a number. */
function change(a: Point, b: Point): string {
  return trimDecimals(((b.value - a.value) / a.value) * 100, 0);
}

/** Title, summary, legend, notes and table of the levels view, with every number from the data. */
export function levelsText(income: SeriesDataset, lang: Lang, facts: LevelsFacts): ChartText {
  const v = (p: Point) => boundedValue(p.value, income.unit, p.bound, lang);
  const at = (p: Point | undefined) => p && { year: p.year, text: v(p) };
  const gap = (u: Point | undefined, r: Point | undefined) => (u && r ? formatValue(u.value - r.value, income.unit, lang) : '');
  const [u0, u1] = [facts.urban[0], facts.urban[facts.urban.length - 1]];
  const [r0, r1] = [facts.rural[0], facts.rural[facts.rural.length - 1]];
  const urban = findSeries(income, SERIES.urban);
  const rural = findSeries(income, SERIES.rural);
  const all = findSeries(income, SERIES.all);
  const { estimate, target, rate } = facts;
  const copy = LEVELS_COPY;
  const said: LevelsCopyFacts = {
    u0: at(u0),
    u1: at(u1),
    r0: at(r0),
    r1: at(r1),
    urbanChange: u0 && u1 ? change(u0, u1) : '',
    ruralChange: r0 && r1 ? change(r0, r1) : '',
    gapFrom: gap(u0, r0),
    gapTo: gap(u1, r1),
    estimate: at(estimate),
    target: at(target),
    rate: rate !== undefined ? formatRate(rate, lang) : undefined,
    rateNumber: rate !== undefined ? trimDecimals(rate, 1) : undefined,
  };
  const pointLegend = (year: number, kind: PointKind) => LEVELS_POINT_COPY.legend[lang]({ series: all.label[lang], year, kind });
  let title = income.title[lang];
  const sentences: string[] = [];
  if (u0 && u1 && r0 && r1) {
    title = copy.title[lang](said);
    sentences.push(copy.levels[lang](said));
  }
  if (estimate && target) sentences.push(copy.estimateAndTarget[lang](said));
  const notes = VIEW_NOTES.levels.income.flatMap((i) => income.notes?.[i]?.[lang] ?? []);
  if (estimate && target && rate !== undefined) notes.push(copy.pathNote[lang](said));
  const sorted = [urban, rural, all].flatMap((s) => [...s.points].sort((a, b) => a.year - b.year).map((p) => ({ s, p })));
  const rows = sorted.map(({ s, p }) => [s.label[lang], String(p.year), v(p), t(p.kind, lang)]);
  const refs = sorted.map(({ p }) => ({ unit: unitLabel(income.unit, lang), source: p.source, locator: p.locator, value: p.value }));
  return {
    title,
    subtitle: copy.subtitle[lang],
    summary: sentences.join(INCOME_COPY.sentenceGap[lang]),
    legend: [
      ...(estimate ? [{ label: pointLegend(estimate.year, 'estimate'), swatch: 'estimate' as const }] : []),
      ...(target ? [{ label: pointLegend(target.year, 'target'), swatch: 'target' as const }] : []),
      ...(rate !== undefined ? [{ label: t('requiredPath', lang), swatch: 'required-path' as const }] : []),
    ],
    notes,
    sourceIds: [...new Set([urban, rural, all].flatMap((s) => s.points.map((p) => p.source)))],
    table: { columns: [INCOME_COPY.seriesColumn[lang], t('year', lang), t('value', lang), t('kind', lang)], rows, refs },
  };
}
