import type { PointKind } from '../../../model/types.ts';

/**
 * The one mark vocabulary for a point's kind, shared by every chart and every legend. Colour alone never
 * tells the kinds apart, so each has its own shape too: an actual is a filled dot, an estimate a hollow ring
 * (a value not yet final), a target a ring with a centre dot — a bullseye, aimed at — as the figure tiles
 * and the income chart already drew them; a plain ring stays the estimate's alone.
 */
export const KIND_COLOR: Record<PointKind, string> = {
  actual: 'var(--_actual)',
  estimate: 'var(--_estimate)',
  target: 'var(--_target)',
};

/** dot: filled; ring: hollow; bullseye: a ring with a centre dot; diamond: another place's value (not a kind). */
export type PointShape = 'dot' | 'ring' | 'bullseye' | 'diamond';

export const KIND_SHAPE: Record<PointKind, PointShape> = { actual: 'dot', estimate: 'ring', target: 'bullseye' };

/** A point symbol placed by a layout, centred on (cx, cy); r is its radius (half its width). */
export interface PointMark {
  k: string;
  cx: number;
  cy: number;
  r: number;
  shape: PointShape;
  /** a CSS colour, normally a custom property such as var(--_actual) */
  color: string;
}

/** A point of a kind: its shape and colour come from the tables above, never from the chart. */
export function kindPoint(k: string, kind: PointKind, cx: number, cy: number, r: number): PointMark {
  return { k, cx, cy, r, shape: KIND_SHAPE[kind], color: KIND_COLOR[kind] };
}
