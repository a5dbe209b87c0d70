import type { GrowthRecord, Lang, Point, Series, SeriesDataset } from '../../model/types.ts';
import { INCOME_COPY } from './copy.ts';

/** The series with this id, or an error naming the dataset. */
export function findSeries(dataset: SeriesDataset, id: string): Series {
  const series = dataset.series.find((s) => s.id === id);
  if (!series) throw new Error(`dataset "${dataset.id}" has no series "${id}"`);
  return series;
}

/** The series' points in year order. */
export function byYear(series: Series): Point[] {
  return [...series.points].sort((a, b) => a.year - b.year);
}

/** The point of the series in that year and of that kind, if any. */
export function pointAt(series: Series, year: number, kind: Point['kind'] = 'actual'): Point | undefined {
  return series.points.find((p) => p.year === year && p.kind === kind);
}

/**
 * Runs of consecutive actual points that share a scope: the only points a chart may join with a line.
 */
export function actualRuns(series: Series): Point[][] {
  const runs: Point[][] = [];
  for (const point of byYear(series)) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (point.kind !== 'actual') continue;
    if (run && last && last.scope === point.scope) run.push(point);
    else runs.push([point]);
  }
  return runs;
}

/** "2016—2020": the years a growth record averages over (the year after `from` to `to`). */
export function period(record: GrowthRecord, lang: Lang): string {
  return `${record.from + 1}${INCOME_COPY.periodDash[lang]}${record.to}`;
}
