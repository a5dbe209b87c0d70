import type { Cell, DataBundle, Lang, PlanTargetsDataset, SourceRef } from '../../model/types.ts';
import { formatNumber, formatValue, trimDecimals } from '../../model/format.ts';
import { cagr } from '../../model/growth.ts';
import { villageCounts, villageFigures } from '../../model/villages.ts';
import { planValueText } from '../../model/plan-value.ts';
import { findDataset, findFigure, findIndicators, findPoint, findSeries, need, need2, TokenError } from './token-lookup.ts';

export { TokenError };

/** A token rendered for one language, with the sources of the numbers it was computed from. */
export interface ResolvedToken {
  text: string;
  value: number;
  sources: SourceRef[];
  /** How the number was computed from its sources, for a number no source states (a rate, a ratio, a count). */
  how?: string;
}

/** The sentence that says how a computed number was found, in each language. */
const HOW = {
  cagr: {
    zh: '计算所得：由 {y0} 年的 {a} 到 {y1} 年的 {b} 的年均增长率。',
    en: 'Computed: the average annual growth from {a} in {y0} to {b} in {y1}.',
  },
  times: { zh: '计算所得：{y0} 年的 {a} 除以 {y1} 年的 {b}。', en: 'Computed: {a} in {y0} divided by {b} in {y1}.' },
  diff: { zh: '计算所得：{y0} 年的 {a} 减去 {b}。', en: 'Computed: {a} less {b}, both in {y0}.' },
  count: { zh: '计数所得：下列表格行的个数。', en: 'Counted: the table rows below.' },
  villages: {
    zh: '计算所得：{b} 个行政村的 {a}，向上取整。',
    en: 'Computed: {a} of {b} administrative villages, rounded up.',
  },
  villagesBase: {
    zh: '计算所得：{b} 个行政村减去目标涵盖的 {c} 个（{a}，向上取整）。',
    en: 'Computed: {b} administrative villages less the {c} the target covers ({a}, rounded up).',
  },
} satisfies Record<string, Record<Lang, string>>;

function how(kind: keyof typeof HOW, lang: Lang, fill: Record<string, string | number>): string {
  return HOW[kind][lang].replace(/\{(\w+)\}/g, (_, key: string) => String(fill[key] ?? ''));
}

const percent = (value: number, digits = 1): string => `${trimDecimals(value, digits)}%`;

/**
 * Resolves a data token of story copy. Forms:
 * - `{gdp:2020}`, `{income.urban:2015}`: a series point, formatted in its unit; `{gdp:2025@target}` when the year
 *   has more than one point (any year below may name its kind so)
 * - `{cagr:gdp:2021:2026}`: compound annual growth between two points, in percent
 * - `{planned:gdp:2015:2020}`, `{achieved:income.rural:2015:2020}`: a growth record of the series
 * - `{times:gdp:2021:2020}`: how many times the first value is the second
 * - `{diff:income.urban:income.rural:2020}`: the first series' value less the second's in a year, in their unit
 * - `{rate:record-2021.retail-sales:targets-2026.retail-sales}`: compound annual growth from one stated figure
 *   to another (their years and values), in percent
 * - `{fig:targets-2026.services-va}`: a stated figure, formatted in its unit
 * - `{share:structure.y2020.tertiary}`: a sector's share, in percent
 * - `{count:scorecard}`, `{count:scorecard.met}`: how many indicators (with that status)
 * - `{count:plan-2025}`, `{count:plan-2025.binding}`: how many indicators of a plan (binding or expected)
 * - `{ind:scorecard.retail.achievedGrowth}`: a scorecard cell
 * - `{plan:plan-2025.gdp.base}`, `{plan:plan-2025.gdp.target}`: a plan's base-year value or target, in its unit
 * - `{villages:upper}`: how many villages a 2026 level asks for (total, upper: the stated share rounded up, base)
 */
export function resolveToken(token: string, lang: Lang, data: DataBundle): ResolvedToken {
  try {
    return resolve(token, lang, data);
  } catch (error) {
    // A number the formatter or the growth maths refuses (an infinite ratio, say) is a problem of the token.
    if (error instanceof RangeError) throw new TokenError(`"${token}" gives no number: ${error.message}`);
    throw error;
  }
}

function resolve(token: string, lang: Lang, data: DataBundle): ResolvedToken {
  const parts = token.split(':').map((p) => p.trim());
  const [head = '', ...args] = parts;
  switch (head) {
    case 'cagr': {
      const [ref, y0, y1] = need(args, 3, token);
      const series = findSeries(ref, data, token);
      const a = findPoint(series, ref, y0, token);
      const b = findPoint(series, ref, y1, token);
      if (b.year <= a.year) throw new TokenError(`growth needs a later second year, got ${y0} then ${y1} in "${token}"`);
      if (!(a.value > 0) || !(b.value > 0)) {
        throw new TokenError(`growth needs positive values, got ${a.value} in ${a.year} and ${b.value} in ${b.year} in "${token}"`);
      }
      const value = cagr(a.value, b.value, b.year - a.year);
      const unit = series.dataset.unit;
      const fill = { a: formatValue(a.value, unit, lang), b: formatValue(b.value, unit, lang), y0: a.year, y1: b.year };
      return { text: percent(value), value, sources: [a, b], how: how('cagr', lang, fill) };
    }
    case 'planned':
    case 'achieved': {
      const [ref, y0, y1] = need(args, 3, token);
      const series = findSeries(ref, data, token);
      const record = series.series.growth?.find((g) => g.from === Number(y0) && g.to === Number(y1));
      const value = record?.[head];
      if (!record || value === undefined) throw new TokenError(`no ${head} growth ${y0}–${y1} in "${ref}"`);
      return { text: percent(value), value, sources: [record] };
    }
    case 'times': {
      const [ref, y0, y1] = need(args, 3, token);
      const series = findSeries(ref, data, token);
      const a = findPoint(series, ref, y0, token);
      const b = findPoint(series, ref, y1, token);
      if (b.value === 0) throw new TokenError(`cannot divide by the ${b.year} value, which is 0, in "${token}"`);
      const value = a.value / b.value;
      const unit = series.dataset.unit;
      const fill = { a: formatValue(a.value, unit, lang), b: formatValue(b.value, unit, lang), y0: a.year, y1: b.year };
      return { text: formatNumber(value, lang, 1), value, sources: [a, b], how: how('times', lang, fill) };
    }
    case 'diff': {
      const [refA, refB, year] = need(args, 3, token);
      const a = findSeries(refA, data, token);
      const b = findSeries(refB, data, token);
      if (a.dataset.unit !== b.dataset.unit) throw new TokenError(`"${refA}" and "${refB}" are in different units in "${token}"`);
      const pa = findPoint(a, refA, year, token);
      const pb = findPoint(b, refB, year, token);
      const value = pa.value - pb.value;
      const unit = a.dataset.unit;
      const fill = { a: formatValue(pa.value, unit, lang), b: formatValue(pb.value, unit, lang), y0: pa.year };
      return { text: formatValue(value, unit, lang), value, sources: [pa, pb], how: how('diff', lang, fill) };
    }
    case 'rate': {
      const [refA, refB] = need2(args, token);
      const a = findFigure(refA, data, token);
      const b = findFigure(refB, data, token);
      if (a.unit !== b.unit) throw new TokenError(`"${refA}" and "${refB}" are in different units in "${token}"`);
      if (b.year <= a.year) throw new TokenError(`growth needs a later second figure, got ${a.year} then ${b.year} in "${token}"`);
      if (!(a.value > 0) || !(b.value > 0)) throw new TokenError(`growth needs positive values in "${token}"`);
      const value = cagr(a.value, b.value, b.year - a.year);
      const fill = { a: formatValue(a.value, a.unit, lang), b: formatValue(b.value, b.unit, lang), y0: a.year, y1: b.year };
      return { text: percent(value), value, sources: [a, b], how: how('cagr', lang, fill) };
    }
    case 'fig': {
      const [ref] = need(args, 1, token);
      const figure = findFigure(ref, data, token);
      return { text: formatValue(figure.value, figure.unit, lang), value: figure.value, sources: [figure] };
    }
    case 'share': {
      const [ref] = need(args, 1, token);
      const [datasetId = '', entryId = '', sector = ''] = ref.split('.');
      const dataset = findDataset(datasetId, data, 'structure', token);
      const entry = dataset.entries.find((e) => e.id === entryId);
      if (!entry) throw new TokenError(`no entry "${entryId}" in dataset "${datasetId}"`);
      if (sector !== 'primary' && sector !== 'secondary' && sector !== 'tertiary') {
        throw new TokenError(`sector must be primary, secondary or tertiary, got "${sector}"`);
      }
      return { text: percent(entry[sector]), value: entry[sector], sources: [entry] };
    }
    case 'count': {
      const [ref] = need(args, 1, token);
      const [datasetId = '', status] = ref.split('.');
      const dataset = findIndicators(datasetId, data, token);
      if (dataset.type === 'plan-targets') return countPlan(dataset, status, lang);
      if (status && !['met', 'missed', 'unpublished'].includes(status)) {
        throw new TokenError(`status must be met, missed or unpublished, got "${status}"`);
      }
      const matching = dataset.indicators.filter((i) => !status || i.status === status);
      return { text: formatNumber(matching.length, lang, 0), value: matching.length, sources: matching, how: how('count', lang, {}) };
    }
    case 'villages': {
      const [level] = need(args, 1, token);
      if (level !== 'total' && level !== 'upper' && level !== 'base') {
        throw new TokenError(`villages level must be total, upper or base, got "${level}"`);
      }
      const figures = villageFigures(data);
      const value = villageCounts(figures)[level];
      const sources = [figures.villages, figures.upperShare];
      if (level === 'total') return { text: formatNumber(value, lang, 0), value, sources: [figures.villages] };
      const counts = villageCounts(figures);
      const fill = {
        a: formatValue(figures.upperShare.value, figures.upperShare.unit, lang),
        b: formatNumber(counts.total, lang, 0),
        c: formatNumber(counts.upper, lang, 0),
      };
      return { text: formatNumber(value, lang, 0), value, sources, how: how(level === 'upper' ? 'villages' : 'villagesBase', lang, fill) };
    }
    case 'ind': {
      const [ref] = need(args, 1, token);
      const [datasetId = '', indicatorId = '', field = ''] = ref.split('.');
      const dataset = findDataset(datasetId, data, 'scorecard', token);
      const indicator = dataset.indicators.find((i) => i.id === indicatorId);
      if (!indicator) throw new TokenError(`no indicator "${indicatorId}" in dataset "${datasetId}"`);
      const fields = ['base2015', 'target2020', 'targetGrowth', 'value2020', 'achievedGrowth'] as const;
      const name = fields.find((f) => f === field);
      if (!name) throw new TokenError(`field must be one of ${fields.join(', ')}, got "${field}"`);
      const cell: Cell | undefined = indicator[name];
      if (cell?.value === undefined) throw new TokenError(`indicator "${indicatorId}" has no number in ${field}`);
      const isRate = name === 'targetGrowth' || name === 'achievedGrowth';
      const unit = isRate || indicator.unit[lang] === '%' ? '%' : ` ${indicator.unit[lang]}`;
      return { text: `${formatNumber(cell.value, lang, 2)}${unit}`, value: cell.value, sources: [indicator] };
    }
    case 'plan': {
      const [ref] = need(args, 1, token);
      const [datasetId = '', indicatorId = '', field = ''] = ref.split('.');
      return planCell(findDataset(datasetId, data, 'plan-targets', token), indicatorId, field, lang);
    }
    default: {
      if (args.length !== 1) throw new TokenError(`unknown token form "${token}"`);
      const [year = ''] = args;
      const series = findSeries(head, data, token);
      const point = findPoint(series, head, year, token);
      return { text: formatValue(point.value, series.dataset.unit, lang), value: point.value, sources: [point] };
    }
  }
}

/** `{count:plan-2025}`, `{count:plan-2025.binding}`: a plan's indicators, or those of one attribute. */
function countPlan(dataset: PlanTargetsDataset, attribute: string | undefined, lang: Lang): ResolvedToken {
  if (attribute && attribute !== 'binding' && attribute !== 'expected') {
    throw new TokenError(`attribute must be binding or expected, got "${attribute}"`);
  }
  const matching = dataset.indicators.filter((i) => !attribute || i.attribute === attribute);
  return { text: formatNumber(matching.length, lang, 0), value: matching.length, sources: matching, how: how('count', lang, {}) };
}

/** `{plan:plan-2025.gdp.target}`: the number of a plan's cell in its unit; a cell without a number says why. */
function planCell(dataset: PlanTargetsDataset, indicatorId: string, field: string, lang: Lang): ResolvedToken {
  const indicator = dataset.indicators.find((i) => i.id === indicatorId);
  if (!indicator) throw new TokenError(`no indicator "${indicatorId}" in dataset "${dataset.id}"`);
  if (field !== 'base' && field !== 'target') throw new TokenError(`field must be one of base, target, got "${field}"`);
  const cell = indicator[field];
  if (cell?.value === undefined) {
    const why = !cell
      ? 'the table leaves it empty'
      : cell.unpublished
        ? 'the table\'s "*": not yet published'
        : `the table says "${cell.text?.zh ?? ''}"`;
    throw new TokenError(`indicator "${indicatorId}" has no number in ${field} (${why})`);
  }
  return { text: planValueText(cell.value, indicator, lang), value: cell.value, sources: [cell] };
}
