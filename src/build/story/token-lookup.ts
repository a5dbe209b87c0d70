import type { DataBundle, Dataset, Figure, PlanTargetsDataset, Point, ScorecardDataset, Series, SeriesDataset } from '../../model/types.ts';

/**
 * A data token's arguments (tokens.ts), checked and looked up in the data: their count, and the dataset, series,
 * point, figure or indicators each names. Whatever is missing or of the wrong kind fails with a TokenError.
 */

/** A token that cannot be resolved: an unknown form, a wrong argument, or data that is not there. */
export class TokenError extends Error {}

/** A dataset of indicators: the scorecard of a finished plan, or a plan's targets. */
export function findIndicators(id: string, data: DataBundle, token: string): ScorecardDataset | PlanTargetsDataset {
  const dataset = Object.hasOwn(data.datasets, id) ? data.datasets[id] : undefined;
  if (!dataset) throw new TokenError(`unknown dataset "${id}" in "${token}"`);
  if (dataset.type !== 'scorecard' && dataset.type !== 'plan-targets') {
    throw new TokenError(`dataset "${id}" is not of type scorecard or plan-targets in "${token}"`);
  }
  return dataset;
}

export function need(args: string[], count: number, token: string): [string, string, string] {
  if (args.length !== count || args.some((a) => !a)) {
    throw new TokenError(`"${token}" needs ${count} argument${count > 1 ? 's' : ''} after the name`);
  }
  return [args[0] ?? '', args[1] ?? '', args[2] ?? ''];
}

export function need2(args: string[], token: string): [string, string] {
  if (args.length !== 2 || args.some((a) => !a)) throw new TokenError(`"${token}" needs 2 arguments after the name`);
  return [args[0] ?? '', args[1] ?? ''];
}

/** `targets-2026.services-va`: a figure of a figures dataset. */
export function findFigure(ref: string, data: DataBundle, token: string): Figure {
  const [datasetId = '', figureId = ''] = ref.split('.');
  const dataset = findDataset(datasetId, data, 'figures', token);
  const figure = dataset.figures.find((f) => f.id === figureId);
  if (!figure) throw new TokenError(`no figure "${figureId}" in dataset "${datasetId}"`);
  return figure;
}

export function findDataset<T extends Dataset['type']>(
  id: string,
  data: DataBundle,
  type: T,
  token: string,
): Extract<Dataset, { type: T }> {
  // Own keys only: "constructor" or "__proto__" is no dataset.
  const dataset = Object.hasOwn(data.datasets, id) ? data.datasets[id] : undefined;
  if (!dataset) throw new TokenError(`unknown dataset "${id}" in "${token}"`);
  if (dataset.type !== type) throw new TokenError(`dataset "${id}" is not of type ${type} in "${token}"`);
  return dataset as Extract<Dataset, { type: T }>;
}

/** `gdp` (its only or first series) or `income.urban`. */
export function findSeries(ref: string, data: DataBundle, token: string): { dataset: SeriesDataset; series: Series } {
  const [datasetId = '', seriesId] = ref.split('.');
  const dataset = findDataset(datasetId, data, 'series', token);
  const series = seriesId ? dataset.series.find((s) => s.id === seriesId) : dataset.series[0];
  if (!series) throw new TokenError(`no series "${seriesId ?? ''}" in dataset "${datasetId}"`);
  return { dataset, series };
}

/**
 * A series' point of a year (`2025`), or of a year and kind (`2025@target`) when the year has more than one point:
 * a year that gains a second point (a 2025 actual beside the 2025 target) fails every token that named the year
 * alone, so no sentence silently starts to mean the other one.
 */
export function findPoint(found: { series: Series }, ref: string, year: string, token: string): Point {
  const m = /^(\d{4})(?:@(actual|estimate|target))?$/.exec(year);
  if (!m) throw new TokenError(`"${year}" is not a year (or a year@kind, as 2025@target) in "${token}"`);
  const [, y = '', kind] = m;
  const points = found.series.points.filter((p) => p.year === Number(y) && (!kind || p.kind === kind));
  const [point] = points;
  if (!point) throw new TokenError(`no ${year} value in "${ref}"`);
  if (points.length > 1) {
    const kinds = points.map((p) => p.kind).join(', ');
    throw new TokenError(`${y} has ${points.length} values in "${ref}" (${kinds}): name one, as ${y}@${point.kind}, in "${token}"`);
  }
  return point;
}
