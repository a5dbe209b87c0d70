/** Scorecard datasets: the 13th plan's indicators by category, each a row of cells. */
import type { Cell, Indicator, IndicatorStatus, ScorecardDataset } from '../../model/types.ts';
import { at, BOUNDS, quoted, withOptional, type Json, type Reader } from './reader.ts';

const STATUSES: Record<IndicatorStatus, true> = { met: true, missed: true, unpublished: true };
const CELL_FIELDS: Record<keyof Cell, true> = { value: true, bound: true, text: true };
const INDICATOR_FIELDS: Record<keyof Indicator, true> = {
  id: true, category: true, name: true, unit: true, base2015: true, target2020: true,
  targetGrowth: true, value2020: true, achievedGrowth: true, status: true, source: true, locator: true, quote: true,
};
const CATEGORY_FIELDS: Record<keyof ScorecardDataset['categories'][number], true> = { id: true, label: true };
export const SCORECARD_FIELDS: Record<keyof ScorecardDataset, true> = {
  type: true, id: true, title: true, notes: true, categories: true, indicators: true,
};

function readCell(r: Reader, v: unknown, path: string): Cell {
  const o = r.object(v, path, CELL_FIELDS);
  const value = r.opt(o, 'value', path, (n, p) => r.number(n, p));
  const text = r.opt(o, 'text', path, (t, p) => r.bilingual(t, p));
  const bound = r.opt(o, 'bound', path, (b, p) => r.oneOf(b, p, BOUNDS));
  if (value === undefined && text === undefined) r.fail(path, 'expected "value", "text" or both, got neither');
  if (bound !== undefined && value === undefined) r.fail(at(path, 'bound'), 'a bound needs a "value"');
  return withOptional<Cell>({}, { value, bound, text });
}

function readIndicator(r: Reader, v: unknown, path: string, categories: Set<string>): Indicator {
  const o = r.object(v, path, INDICATOR_FIELDS);
  const category = r.id(r.need(o, 'category', path), at(path, 'category'));
  if (!categories.has(category)) {
    r.fail(at(path, 'category'), `unknown category "${category}" (expected one of ${quoted([...categories])})`);
  }
  const cell = (key: string) => r.opt(o, key, path, (c, p) => readCell(r, c, p));
  return withOptional<Indicator>(
    {
      id: r.id(r.need(o, 'id', path), at(path, 'id')),
      category,
      name: r.bilingual(r.need(o, 'name', path), at(path, 'name')),
      unit: r.bilingual(r.need(o, 'unit', path), at(path, 'unit')),
      base2015: readCell(r, r.need(o, 'base2015', path), at(path, 'base2015')),
      status: r.oneOf(r.need(o, 'status', path), at(path, 'status'), STATUSES),
      ...r.sourceRef(o, path),
    },
    {
      target2020: cell('target2020'),
      targetGrowth: cell('targetGrowth'),
      value2020: cell('value2020'),
      achievedGrowth: cell('achievedGrowth'),
    },
  );
}

export function readScorecard(r: Reader, o: Json): ScorecardDataset {
  const categories = r.items(r.need(o, 'categories', ''), 'categories', (v, p) => {
    const c = r.object(v, p, CATEGORY_FIELDS);
    return { id: r.id(r.need(c, 'id', p), at(p, 'id')), label: r.bilingual(r.need(c, 'label', p), at(p, 'label')) };
  });
  const ids = new Set(categories.map((c) => c.id));
  return withOptional<ScorecardDataset>(
    {
      type: 'scorecard',
      id: r.id(o.id, 'id'),
      title: r.bilingual(r.need(o, 'title', ''), 'title'),
      categories,
      indicators: r.items(r.need(o, 'indicators', ''), 'indicators', (v, p) => readIndicator(r, v, p, ids)),
    },
    { notes: r.notes(o, '') },
  );
}
