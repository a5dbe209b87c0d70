/** Series datasets: points over years, growth records and breaks in a series. */
import type { GrowthRecord, Point, Series, SeriesBreak, SeriesDataset } from '../../model/types.ts';
import { at, BOUNDS, POINT_KINDS, quoted, UNIT_KINDS, withOptional, type Json, type Reader } from './reader.ts';

const POINT_FIELDS: Record<keyof Point, true> = {
  year: true, value: true, kind: true, bound: true, scope: true, note: true, source: true, locator: true, quote: true,
};
const GROWTH_FIELDS: Record<keyof GrowthRecord, true> = {
  from: true, to: true, planned: true, achieved: true, met: true, source: true, locator: true, quote: true,
};
const SERIES_FIELDS: Record<keyof Series, true> = { id: true, label: true, points: true, growth: true };
const BREAK_FIELDS: Record<keyof SeriesBreak, true> = { series: true, between: true, reason: true };
export const SERIES_DATASET_FIELDS: Record<keyof SeriesDataset, true> = {
  type: true, id: true, title: true, unit: true, notes: true, series: true, breaks: true,
};

function readPoint(r: Reader, v: unknown, path: string): Point {
  const o = r.object(v, path, POINT_FIELDS);
  return withOptional<Point>(
    {
      year: r.year(r.need(o, 'year', path), at(path, 'year')),
      value: r.number(r.need(o, 'value', path), at(path, 'value')),
      kind: r.oneOf(r.need(o, 'kind', path), at(path, 'kind'), POINT_KINDS),
      ...r.sourceRef(o, path),
    },
    {
      bound: r.opt(o, 'bound', path, (b, p) => r.oneOf(b, p, BOUNDS)),
      scope: r.opt(o, 'scope', path, (s, p) => r.id(s, p)),
      note: r.opt(o, 'note', path, (n, p) => r.bilingual(n, p)),
    },
  );
}

function readGrowth(r: Reader, v: unknown, path: string): GrowthRecord {
  const o = r.object(v, path, GROWTH_FIELDS);
  const from = r.year(r.need(o, 'from', path), at(path, 'from'));
  const to = r.year(r.need(o, 'to', path), at(path, 'to'));
  if (to <= from) r.fail(at(path, 'to'), `expected a year after "from" (${from}), got ${to}`);
  const planned = r.opt(o, 'planned', path, (n, p) => r.number(n, p));
  const achieved = r.opt(o, 'achieved', path, (n, p) => r.number(n, p));
  if (planned === undefined && achieved === undefined) {
    r.fail(path, 'expected "planned", "achieved" or both, got neither');
  }
  return withOptional<GrowthRecord>(
    { from, to, ...r.sourceRef(o, path) },
    { planned, achieved, met: r.opt(o, 'met', path, (b, p) => r.boolean(b, p)) },
  );
}

function readSeries(r: Reader, v: unknown, path: string): Series {
  const o = r.object(v, path, SERIES_FIELDS);
  const pointsPath = at(path, 'points');
  const points = r.array(r.need(o, 'points', path), pointsPath).map((p, i) => readPoint(r, p, at(pointsPath, i)));
  const seen = new Set<string>();
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (prev !== undefined && p.year < prev.year) {
      r.fail(at(at(pointsPath, i), 'year'), `points must be in ascending year order, got ${p.year} after ${prev.year}`);
    }
    const key = `${p.year}|${p.kind}|${p.scope ?? ''}`;
    if (seen.has(key)) {
      r.fail(at(pointsPath, i), `duplicate point: another ${p.kind} for ${p.year}${p.scope ? ` in scope "${p.scope}"` : ''}`);
    }
    seen.add(key);
  });
  return withOptional<Series>(
    {
      id: r.id(r.need(o, 'id', path), at(path, 'id')),
      label: r.bilingual(r.need(o, 'label', path), at(path, 'label')),
      points,
    },
    {
      growth: r.opt(o, 'growth', path, (g, p) => r.array(g, p, false).map((item, i) => readGrowth(r, item, at(p, i)))),
    },
  );
}

function readBreak(r: Reader, v: unknown, path: string, seriesIds: Set<string>): SeriesBreak {
  const o = r.object(v, path, BREAK_FIELDS);
  const series = r.id(r.need(o, 'series', path), at(path, 'series'));
  if (!seriesIds.has(series)) {
    r.fail(at(path, 'series'), `unknown series "${series}" (expected one of ${quoted([...seriesIds])})`);
  }
  const betweenPath = at(path, 'between');
  const between = r.array(r.need(o, 'between', path), betweenPath);
  if (between.length !== 2) r.fail(betweenPath, `expected two years, got ${between.length} items`);
  const a = r.year(between[0], at(betweenPath, 0));
  const b = r.year(between[1], at(betweenPath, 1));
  if (b <= a) r.fail(betweenPath, `expected two years in ascending order, got [${a}, ${b}]`);
  return { series, between: [a, b], reason: r.bilingual(r.need(o, 'reason', path), at(path, 'reason')) };
}

export function readSeriesDataset(r: Reader, o: Json): SeriesDataset {
  const series = r.items(r.need(o, 'series', ''), 'series', (v, p) => readSeries(r, v, p));
  const ids = new Set(series.map((s) => s.id));
  const unit = r.oneOf(r.need(o, 'unit', ''), 'unit', UNIT_KINDS);
  series.forEach((s, i) => {
    s.points.forEach((point, j) => r.inUnit(point.value, at(at(at(at('series', i), 'points'), j), 'value'), unit));
    // Growth records are yearly rates, in percent whatever the series' unit.
    s.growth?.forEach((g, j) => {
      const path = at(at(at('series', i), 'growth'), j);
      if (g.planned !== undefined) r.inUnit(g.planned, at(path, 'planned'), 'percent');
      if (g.achieved !== undefined) r.inUnit(g.achieved, at(path, 'achieved'), 'percent');
    });
  });
  return withOptional<SeriesDataset>(
    {
      type: 'series',
      id: r.id(o.id, 'id'),
      title: r.bilingual(r.need(o, 'title', ''), 'title'),
      unit,
      series,
    },
    {
      notes: r.notes(o, ''),
      breaks: r.opt(o, 'breaks', '', (v, p) => r.array(v, p, false).map((b, i) => readBreak(r, b, at(p, i), ids))),
    },
  );
}
