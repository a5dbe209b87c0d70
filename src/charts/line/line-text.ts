import type { ChartText, LegendItem } from '../kit/chart-text.ts';
import type { Lang, Point, Source } from '../../model/types.ts';
import { formatRate, formatValue, trimDecimals, unitLabel } from '../../model/format.ts';
import { cagr } from '../../model/growth.ts';
import { t } from '../../model/i18n/strings.ts';
import { sourcePlace } from '../../model/source-line.ts';
import { targetBound } from '../../model/target-bound.ts';
import type { LineContext } from './line-context.ts';
import type { LineFacts } from './views.ts';
import { KIND_COLOR } from '../kit/marks/kinds.ts';
import { BREAK_COPY, GAP_COPY, GROWTH_COPY, LINE_COPY, NOMINAL_COPY, PATH_COPY, POINT_COPY, POINTS_COPY, RATES_COPY } from './copy.ts';

const pct = (n: number, digits = 1) => `${trimDecimals(n, digits)}%`;

/** A point's value as the text says it, with its bound: "236.48 亿元", "突破 800 亿元". */
export function pointValue(p: Point, ctx: LineContext, lang: Lang): string {
  return targetBound(p.bound, lang) + formatValue(p.value, ctx.dataset.unit, lang);
}

/** The numbers a view's sentences are written from, formatted for the language. */
export function lineFacts(ctx: LineContext, lang: Lang): LineFacts {
  const point = (year: number) => {
    const p = ctx.points.find((q) => q.year === year);
    if (!p) throw new Error(`no point in ${year} is shown`);
    return p;
  };
  const g = ctx.growth;
  const br = ctx.breaks[0];
  const before = br && ctx.points.filter((p) => p.year <= br.between[0]).at(-1);
  const after = br && ctx.points.find((p) => p.year >= br.between[1]);
  return {
    value: (year) => pointValue(point(year), ctx, lang),
    plain: (year) => formatValue(point(year).value, ctx.dataset.unit, lang),
    required: (year) => {
      const path = ctx.paths.find((p) => p.to.year === year);
      if (!path) throw new Error(`no required path to ${year} is shown`);
      return pct(path.rate);
    },
    pct: (n) => pct(n),
    period: g ? `${g.from + 1}${LINE_COPY.dash[lang]}${g.to}` : '',
    achieved: g?.achieved !== undefined ? pct(g.achieved) : '',
    planned: g?.planned !== undefined ? pct(g.planned) : '',
    met: g?.met,
    jump: before && after ? pct((after.value / before.value - 1) * 100, 0) : '',
  };
}

function legend(ctx: LineContext, lang: Lang): LegendItem[] {
  const has = (kind: Point['kind']) => ctx.points.some((p) => p.kind === kind);
  const items: LegendItem[] = [];
  if (has('actual')) items.push({ label: t('actual', lang), swatch: 'actual' });
  if (has('estimate')) items.push({ label: t('estimate', lang), swatch: 'estimate' });
  if (has('target')) items.push({ label: t('target', lang), swatch: 'target' });
  if (ctx.paths.length) items.push({ label: t('requiredPath', lang), swatch: 'required-path' });
  return items;
}

/** The dataset's note on price basis, then the rate the growth record's two values imply at current prices. */
function basisNotes(ctx: LineContext, lang: Lang): string[] {
  const { dataset, config, growth } = ctx;
  const out: string[] = [];
  const basis = config.basisNote === undefined ? undefined : dataset.notes?.[config.basisNote];
  if (basis) out.push(basis[lang]);
  const from = growth && ctx.points.find((p) => p.year === growth.from && p.kind === 'actual');
  const to = growth && ctx.points.find((p) => p.year === growth.to && p.kind === 'actual');
  if (from && to) {
    const nominal = pct(cagr(from.value, to.value, to.year - from.year));
    const [a, b] = [pointValue(from, ctx, lang), pointValue(to, ctx, lang)];
    const also = ctx.paths.length > 0;
    out.push(NOMINAL_COPY.note[lang]({ a, b, nominal, alsoPaths: also }));
  }
  return out;
}

function notes(ctx: LineContext, lang: Lang): string[] {
  const { dataset, spec, joins } = ctx;
  const out = basisNotes(ctx, lang);
  for (const j of joins.filter((c) => c.style !== 'connector' && c.to.year - c.from.year > 1)) {
    const gap = j.to.year - j.from.year === 2 ? `${j.from.year + 1}` : `${j.from.year + 1}${LINE_COPY.dash[lang]}${j.to.year - 1}`;
    out.push(GAP_COPY.note[lang]({ gap, fromYear: j.from.year, toYear: j.to.year }));
  }
  for (const i of spec.notes ?? []) {
    const note = dataset.notes?.[i];
    if (note) out.push(note[lang]);
  }
  for (const br of ctx.breaks) out.push(br.reason[lang]);
  return out;
}

function summary(ctx: LineContext, lang: Lang): string {
  const points = ctx.points.map((p) => POINT_COPY.item[lang]({ year: p.year, value: pointValue(p, ctx, lang), kind: p.kind }));
  const parts = [POINTS_COPY.sentence[lang]({ label: ctx.series.label[lang], points })];
  const g = ctx.growth;
  if (g?.achieved !== undefined) {
    const f = lineFacts(ctx, lang);
    parts.push(
      GROWTH_COPY.sentence[lang]({
        period: f.period,
        achieved: f.achieved,
        planned: g.planned === undefined ? undefined : f.planned,
        missed: g.met === false,
        basis: ctx.config.rateBasis?.[lang],
      }),
    );
  }
  for (const p of ctx.paths) {
    const [a, b, rate] = [pointValue(p.from, ctx, lang), pointValue(p.to, ctx, lang), formatRate(p.rate, lang)];
    parts.push(PATH_COPY.sentence[lang]({ fromYear: p.from.year, a, toYear: p.to.year, b, rate }));
  }
  for (const br of ctx.breaks) {
    const [a, b] = br.between;
    parts.push(BREAK_COPY.sentence[lang]({ a, b }));
  }
  return parts.join(LINE_COPY.sentenceGap[lang]);
}

/** The frame's text for a view: title and subtitle from the view's sentences, summary, legend, notes, table. */
export function lineText(ctx: LineContext, lang: Lang, sources: Record<string, Source> = {}): ChartText {
  const f = lineFacts(ctx, lang);
  const scope = (p: Point) => (p.scope ? (ctx.config.scopes[p.scope]?.[lang] ?? p.scope) : '');
  return {
    title: ctx.spec.title[lang](f),
    subtitle: ctx.spec.subtitle[lang](f),
    summary: summary(ctx, lang),
    legend: legend(ctx, lang),
    notes: notes(ctx, lang),
    sourceIds: [...new Set([...ctx.points.map((p) => p.source), ...(ctx.growth ? [ctx.growth.source] : [])])],
    table: {
      columns: [t('year', lang), t('value', lang), t('kind', lang), LINE_COPY.scopeColumn[lang], t('source', lang)],
      rows: ctx.points.map((p) => [String(p.year), pointValue(p, ctx, lang), t(p.kind, lang), scope(p), sourcePlace(p, sources, lang)]),
      refs: ctx.points.map((p) => ({ unit: unitLabel(ctx.dataset.unit, lang), source: p.source, locator: p.locator, value: p.value })),
    },
  };
}

/** The frame's text for a rates view: its sentences, the growth record's bars in the legend, table and summary. */
export function ratesText(ctx: LineContext, lang: Lang, sources: Record<string, Source> = {}): ChartText {
  const g = ctx.growth;
  if (!g) throw new Error(`view of "${ctx.dataset.id}" draws rates but names no growth record`);
  const f = lineFacts(ctx, lang);
  const rate = (v: number | undefined) => (v === undefined ? '—' : formatRate(v, lang));
  const status = g.met === undefined ? '—' : t(g.met ? 'met' : 'missed', lang);
  const summary = GROWTH_COPY.sentence[lang]({
    period: f.period,
    achieved: f.achieved,
    planned: g.planned === undefined ? undefined : f.planned,
    missed: g.met === false,
    basis: ctx.config.rateBasis?.[lang],
  });
  return {
    title: ctx.spec.title[lang](f),
    subtitle: ctx.spec.subtitle[lang](f),
    summary,
    legend: [
      { label: RATES_COPY.plannedLegend[lang], swatch: 'planned' },
      { label: RATES_COPY.achievedLegend[lang], swatch: 'square', color: KIND_COLOR.actual },
    ],
    notes: basisNotes(ctx, lang),
    sourceIds: [...new Set([g.source, ...ctx.points.map((p) => p.source)])],
    table: {
      columns: RATES_COPY.columns[lang],
      rows: [[f.period, rate(g.planned), rate(g.achieved), status, sourcePlace(g, sources, lang)]],
      refs: [{ unit: RATES_COPY.unit[lang], source: g.source, locator: g.locator }],
    },
  };
}
