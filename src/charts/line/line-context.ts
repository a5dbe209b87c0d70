import type { GrowthRecord, Point, Series, SeriesBreak, SeriesDataset } from '../../model/types.ts';
import { breakInView, connections, requiredPath, type Connection, type RequiredPath } from './connections.ts';
import { LINE_VIEWS, type LineDatasetViews, type LineView, type View } from './views.ts';

/** What a view of a dataset shows, before any geometry: the data behind both the marks and the text. */
export interface LineContext {
  dataset: SeriesDataset;
  series: Series;
  config: LineDatasetViews;
  spec: LineView;
  /** Shown points, by year. */
  points: Point[];
  /** Breaks of the series that lie within the shown years. */
  breaks: SeriesBreak[];
  paths: RequiredPath[];
  joins: Connection[];
  growth?: GrowthRecord;
}

/** Picks the points, breaks, paths and growth record a view of the dataset shows; errors name what is missing. */
export function lineContext(dataset: SeriesDataset, view: View): LineContext {
  const config = LINE_VIEWS[dataset.id];
  const spec = config?.views[view];
  if (!config || !spec) throw new Error(`the line chart has no view "${view}" for dataset "${dataset.id}"`);
  const series = dataset.series.find((s) => s.id === spec.series);
  if (!series) throw new Error(`dataset "${dataset.id}" has no series "${spec.series}"`);
  const points = series.points
    .filter((p) => spec.kinds.includes(p.kind) && (p.kind !== 'target' || (spec.targets ?? []).includes(p.year)))
    .sort((a, b) => a.year - b.year);
  const first = points[0]?.year;
  const last = points.at(-1)?.year;
  if (first === undefined || last === undefined) throw new Error(`view "${view}" of "${dataset.id}" shows no points`);
  const breaks = (dataset.breaks ?? []).filter((b) => b.series === series.id && breakInView(b, points));
  const at = (year: number): Point => {
    const point = points.find((p) => p.year === year);
    if (!point) throw new Error(`view "${view}" of "${dataset.id}" does not show a point in ${year}`);
    return point;
  };
  const paths = (spec.paths ?? []).map((p) => requiredPath(at(p.from), at(p.to), dataset.breaks ?? []));
  const joins = connections(points, dataset.breaks ?? [], new Set(paths.map((p) => p.to.year)));
  const wanted = spec.growth;
  const growth = wanted && series.growth?.find((g) => g.from === wanted.from && g.to === wanted.to);
  if (wanted && !growth) throw new Error(`series "${series.id}" has no growth record ${wanted.from}–${wanted.to}`);
  return { dataset, series, config, spec, points, breaks, paths, joins, ...(growth ? { growth } : {}) };
}
