/** Series datasets (`"type": "series"`): points over years, growth records and breaks in a series. */
import * as z from 'zod';
import { quoted } from '../data-error.ts';
import {
  bilingual,
  boolean,
  bound,
  datasetId,
  expected,
  id,
  items,
  list,
  notes,
  number,
  pointKind,
  problem,
  schemaPointer,
  sourceRef,
  strict,
  title,
  typeField,
  uniqueIds,
  year,
} from './fields.ts';
import { inUnit, numberIn, unitKind } from './units.ts';

const point = strict({
  year: year.describe('The year the value is for.'),
  value: number.describe('The value, in the dataset’s unit.'),
  kind: pointKind,
  bound: bound.optional(),
  scope: id.optional().describe('The statistical scope the value belongs to; points of different scopes are never joined.'),
  note: bilingual.optional().describe('A note on this value.'),
  ...sourceRef,
});

const growth = strict({
  from: year.describe('The first year of the period.'),
  to: year.describe('The last year of the period.'),
  planned: numberIn('percent').optional().describe('The planned average annual growth, in percent.'),
  achieved: numberIn('percent').optional().describe('The achieved average annual growth, in percent.'),
  met: boolean.optional().describe('Whether the plan’s target was met, as the source says.'),
  ...sourceRef,
}).check((payload) => {
  const { from, to, planned, achieved } = payload.value;
  if (to <= from) problem(payload, ['to'], to, `expected a year after "from" (${from}), got ${to}`);
  if (planned === undefined && achieved === undefined)
    problem(payload, [], payload.value, 'expected "planned", "achieved" or both, got neither');
});

const series = strict({
  id: id.describe('The series’ id, unique in the dataset.'),
  label: bilingual.describe('The series’ name, in both languages.'),
  points: items(point).describe('The values, in ascending year order.'),
  growth: list(growth).optional().describe('Average annual growth over periods, planned and achieved.'),
}).check((payload) => {
  const { points } = payload.value;
  const seen = new Set<string>();
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (prev !== undefined && p.year < prev.year) {
      problem(payload, ['points', i, 'year'], p.year, `points must be in ascending year order, got ${p.year} after ${prev.year}`);
    }
    const key = `${p.year}|${p.kind}|${p.scope ?? ''}`;
    if (seen.has(key)) {
      problem(payload, ['points', i], p, `duplicate point: another ${p.kind} for ${p.year}${p.scope ? ` in scope "${p.scope}"` : ''}`);
    }
    seen.add(key);
  });
});

const between = z.tuple([year, year], {
  error: (issue) => {
    if (!Array.isArray(issue.input)) return expected('an array')(issue);
    return issue.input.length === 0
      ? 'expected at least one item, got an empty array'
      : `expected two years, got ${issue.input.length} items`;
  },
});

const seriesBreak = strict({
  series: id.describe('The id of the series that breaks.'),
  between: between.describe('The two years the break lies between, in ascending order.'),
  reason: bilingual.describe('Why the values on either side are not comparable.'),
}).check((payload) => {
  const [a, b] = payload.value.between;
  if (b <= a) problem(payload, ['between'], payload.value.between, `expected two years in ascending order, got [${a}, ${b}]`);
});

export const seriesFile = strict({
  $schema: schemaPointer('series'),
  type: typeField('series'),
  id: datasetId,
  title,
  unit: unitKind,
  notes,
  series: items(series).describe('The series; each is drawn as its own line.'),
  breaks: list(seriesBreak)
    .optional()
    .describe('Places where a series is not comparable across years; a chart never draws a line across one.'),
})
  .check((payload) => {
    const { unit, series, breaks } = payload.value;
    uniqueIds(payload, series, ['series']);
    series.forEach((s, i) => {
      s.points.forEach((p, j) => inUnit(payload, p.value, unit, ['series', i, 'points', j, 'value']));
    });
    const ids = series.map((s) => s.id);
    breaks?.forEach((b, i) => {
      if (!ids.includes(b.series))
        problem(payload, ['breaks', i, 'series'], b.series, `unknown series "${b.series}" (expected one of ${quoted(ids)})`);
    });
  })
  .meta({
    title: 'A series dataset',
    description: 'Values over years, in one unit, each with its source (data/<id>.json, "type": "series").',
  });
