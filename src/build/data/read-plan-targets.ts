/** Plan-targets datasets: the 14th plan's indicators by group, each with base, target and result cells. */
import type { PlanAttribute, PlanCell, PlanIndicator, PlanTargetsDataset } from '../../model/types.ts';
import { at, quoted, show, UNIT_KINDS, withOptional, type Json, type Reader } from './reader.ts';

const PLAN_ATTRIBUTES: Record<PlanAttribute, true> = { expected: true, binding: true };
const MEASURES: Record<NonNullable<PlanIndicator['measure']>, true> = { growth: true };
const PLAN_CELL_FIELDS: Record<keyof PlanCell, true> = { value: true, text: true, unpublished: true, source: true, locator: true, quote: true };
const PLAN_INDICATOR_FIELDS: Record<keyof PlanIndicator, true> = {
  id: true, group: true, name: true, unit: true, format: true, measure: true, base: true, target: true, result: true,
  attribute: true, note: true, source: true, locator: true, quote: true,
};
const PLAN_GROUP_FIELDS: Record<keyof PlanTargetsDataset['groups'][number], true> = { id: true, label: true };
export const PLAN_TARGETS_FIELDS: Record<keyof PlanTargetsDataset, true> = {
  type: true, id: true, title: true, notes: true, baseYear: true, targetYear: true, groups: true, indicators: true,
};

function readPlanCell(r: Reader, v: unknown, path: string): PlanCell {
  const o = r.object(v, path, PLAN_CELL_FIELDS);
  const value = r.opt(o, 'value', path, (n, p) => r.number(n, p));
  const text = r.opt(o, 'text', path, (t, p) => r.bilingual(t, p));
  const unpublished = r.opt(o, 'unpublished', path, (b, p) => {
    if (b !== true) r.fail(p, `expected true (the table's "*"), got ${show(b)}`);
    return true as const;
  });
  const given = [value, text, unpublished].filter((x) => x !== undefined).length;
  if (given !== 1) r.fail(path, `expected exactly one of "value", "text" or "unpublished", got ${given === 0 ? 'none' : given}`);
  return withOptional<PlanCell>({ ...r.sourceRef(o, path) }, { value, text, unpublished });
}

function readPlanIndicator(r: Reader, v: unknown, path: string, groups: Set<string>): PlanIndicator {
  const o = r.object(v, path, PLAN_INDICATOR_FIELDS);
  const group = r.id(r.need(o, 'group', path), at(path, 'group'));
  if (!groups.has(group)) r.fail(at(path, 'group'), `unknown group "${group}" (expected one of ${quoted([...groups])})`);
  const cell = (key: string) => r.opt(o, key, path, (c, p) => readPlanCell(r, c, p));
  return withOptional<PlanIndicator>(
    {
      id: r.id(r.need(o, 'id', path), at(path, 'id')),
      group,
      name: r.bilingual(r.need(o, 'name', path), at(path, 'name')),
      unit: r.bilingual(r.need(o, 'unit', path), at(path, 'unit')),
      target: readPlanCell(r, r.need(o, 'target', path), at(path, 'target')),
      attribute: r.oneOf(r.need(o, 'attribute', path), at(path, 'attribute'), PLAN_ATTRIBUTES),
      ...r.sourceRef(o, path),
    },
    {
      format: r.opt(o, 'format', path, (f, p) => r.oneOf(f, p, UNIT_KINDS)),
      measure: r.opt(o, 'measure', path, (m, p) => r.oneOf(m, p, MEASURES)),
      base: cell('base'),
      result: cell('result'),
      note: r.opt(o, 'note', path, (n, p) => r.bilingual(n, p)),
    },
  );
}

export function readPlanTargets(r: Reader, o: Json): PlanTargetsDataset {
  const groups = r.items(r.need(o, 'groups', ''), 'groups', (v, p) => {
    const g = r.object(v, p, PLAN_GROUP_FIELDS);
    return { id: r.id(r.need(g, 'id', p), at(p, 'id')), label: r.bilingual(r.need(g, 'label', p), at(p, 'label')) };
  });
  const ids = new Set(groups.map((g) => g.id));
  const baseYear = r.year(r.need(o, 'baseYear', ''), 'baseYear');
  const targetYear = r.year(r.need(o, 'targetYear', ''), 'targetYear');
  if (targetYear <= baseYear) r.fail('targetYear', `expected a year after "baseYear" (${baseYear}), got ${targetYear}`);
  return withOptional<PlanTargetsDataset>(
    {
      type: 'plan-targets',
      id: r.id(o.id, 'id'),
      title: r.bilingual(r.need(o, 'title', ''), 'title'),
      baseYear,
      targetYear,
      groups,
      indicators: r.items(r.need(o, 'indicators', ''), 'indicators', (v, p) => readPlanIndicator(r, v, p, ids)),
    },
    { notes: r.notes(o, '') },
  );
}
