/** Spatial-plan datasets: cores, axes and zones placed as shares of the outline's bounding box. */
import type { PlanElement, PlanPlace, SpatialPlanDataset } from '../../model/types.ts';
import { at, quoted, withOptional, type Json, type Reader } from './reader.ts';

const PLAN_KINDS: Record<PlanElement['kind'], true> = { core: true, 'sub-core': true, axis: true, zone: true };
const PLACE_KINDS: Record<PlanPlace['kind'], true> = { mountain: true, village: true };
const POINT_AT_FIELDS = { x: true, y: true } as const;
const ELLIPSE_FIELDS = { x: true, y: true, rx: true, ry: true } as const;
const PLACE_FIELDS: Record<keyof PlanPlace, true> = { id: true, kind: true, label: true, at: true };
const PLAN_ELEMENT_FIELDS: Record<keyof PlanElement, true> = {
  id: true, kind: true, label: true, detail: true, at: true, from: true, to: true, areas: true, places: true,
  source: true, locator: true, quote: true,
};
export const SPATIAL_PLAN_FIELDS: Record<keyof SpatialPlanDataset, true> = {
  type: true, id: true, title: true, notes: true, elements: true,
};

/** A share of a bounding box, from 0 to 1. */
function readShare(r: Reader, v: unknown, path: string): number {
  const n = r.number(v, path);
  if (n < 0 || n > 1) r.fail(path, `expected a share of the outline's bounding box from 0 to 1, got ${n}`);
  return n;
}

function readAt(r: Reader, v: unknown, path: string): { x: number; y: number } {
  const o = r.object(v, path, POINT_AT_FIELDS);
  return { x: readShare(r, r.need(o, 'x', path), at(path, 'x')), y: readShare(r, r.need(o, 'y', path), at(path, 'y')) };
}

function readPlace(r: Reader, v: unknown, path: string): PlanPlace {
  const o = r.object(v, path, PLACE_FIELDS);
  return {
    id: r.id(r.need(o, 'id', path), at(path, 'id')),
    kind: r.oneOf(r.need(o, 'kind', path), at(path, 'kind'), PLACE_KINDS),
    label: r.bilingual(r.need(o, 'label', path), at(path, 'label')),
    at: readAt(r, r.need(o, 'at', path), at(path, 'at')),
  };
}

/** The fields each kind of plan element must carry; any other of at, from, to, areas, places is an error. */
const PLAN_SHAPE: Record<PlanElement['kind'], readonly string[]> = {
  core: ['at'],
  'sub-core': ['at'],
  axis: ['from', 'to'],
  zone: ['areas', 'places'],
};

function readPlanElement(r: Reader, v: unknown, path: string): PlanElement {
  const o = r.object(v, path, PLAN_ELEMENT_FIELDS);
  const kind = r.oneOf(r.need(o, 'kind', path), at(path, 'kind'), PLAN_KINDS);
  for (const key of ['at', 'from', 'to', 'areas', 'places']) {
    const wanted = PLAN_SHAPE[kind].includes(key);
    if (wanted) r.need(o, key, path);
    else if (o[key] !== undefined) r.fail(at(path, key), `not a field of a ${kind} (a ${kind} has ${quoted([...PLAN_SHAPE[kind]])})`);
  }
  const ellipse = (e: unknown, p: string) => {
    const c = r.object(e, p, ELLIPSE_FIELDS);
    return { ...readAt(r, { x: c.x, y: c.y }, p), rx: readShare(r, r.need(c, 'rx', p), at(p, 'rx')), ry: readShare(r, r.need(c, 'ry', p), at(p, 'ry')) };
  };
  return withOptional<PlanElement>(
    {
      id: r.id(r.need(o, 'id', path), at(path, 'id')),
      kind,
      label: r.bilingual(r.need(o, 'label', path), at(path, 'label')),
      detail: r.bilingual(r.need(o, 'detail', path), at(path, 'detail')),
      ...r.sourceRef(o, path),
    },
    {
      at: r.opt(o, 'at', path, (a, p) => readAt(r, a, p)),
      from: r.opt(o, 'from', path, (a, p) => r.id(a, p)),
      to: r.opt(o, 'to', path, (a, p) => r.id(a, p)),
      areas: r.opt(o, 'areas', path, (a, p) => r.array(a, p).map((e, i) => ellipse(e, at(p, i)))),
      places: r.opt(o, 'places', path, (a, p) => r.items(a, p, (e, q) => readPlace(r, e, q))),
    },
  );
}

export function readSpatialPlan(r: Reader, o: Json): SpatialPlanDataset {
  const elements = r.items(r.need(o, 'elements', ''), 'elements', (v, p) => readPlanElement(r, v, p));
  const cores = new Set(elements.filter((e) => e.kind === 'core' || e.kind === 'sub-core').map((e) => e.id));
  elements.forEach((e, i) => {
    for (const end of ['from', 'to'] as const) {
      const id = e[end];
      if (id !== undefined && !cores.has(id)) r.fail(at(at('elements', i), end), `unknown core "${id}" (expected one of ${quoted([...cores])})`);
    }
  });
  return withOptional<SpatialPlanDataset>(
    { type: 'spatial-plan', id: r.id(o.id, 'id'), title: r.bilingual(r.need(o, 'title', ''), 'title'), elements },
    { notes: r.notes(o, '') },
  );
}
