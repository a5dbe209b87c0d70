import { avoidOverlap, type Box } from '../kit/geometry/avoid-overlap.ts';
import { blockCandidates, blockMarks, type BlockCandidate, type BlockLine, type Side } from '../kit/geometry/label-block.ts';
import type { TextMark } from '../kit/geometry/text-mark.ts';

/** A label to place: its lines, the point it names, and where around it it may go, in order of preference. */
export interface LabelRequest {
  k: string;
  lines: BlockLine[];
  x: number;
  y: number;
  gap: number;
  /** 'c' centres the label on the point (a name inside its area); the others are compass sides */
  sides: readonly Side[];
  /** the half-width and half-height of the area named (an ellipse): added to the gap east–west and north–south */
  reach?: { x: number; y: number };
  /** further gaps to try, all sides again, when none is free at `gap` */
  farther?: number[];
}

/** DejaVu Sans, the usual Linux sans-serif, sets Latin about 10 % wider than textWidth estimates. */
const SLACK = 1.1;

function candidates(r: LabelRequest): BlockCandidate[] {
  return [r.gap, ...(r.farther ?? [])].flatMap((gap) => sidesAt({ ...r, gap }));
}

function sidesAt(r: LabelRequest): BlockCandidate[] {
  return r.sides.flatMap((side) => {
    const ew = side.includes('e') || side.includes('w') ? (r.reach?.x ?? 0) : 0;
    const ns = side.includes('n') || side.includes('s') ? (r.reach?.y ?? 0) : 0;
    const gap = r.gap + (ew && ns ? Math.max(ew, ns) * 0.75 : ew + ns);
    return blockCandidates(r.lines, r.x, r.y, gap, [side], SLACK);
  });
}

/**
 * Places labels in priority order so none overlaps another, an obstacle, or leaves the plot: each takes the
 * first free position of its request; a label with none free is dropped. Returns the text marks placed
 * and the ids of the labels dropped.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Box[],
  bounds: Box,
): { marks: TextMark[]; dropped: string[] } {
  const placed = avoidOverlap(requests.map(candidates), obstacles, bounds, 2);
  const marks: TextMark[] = [];
  const dropped: string[] = [];
  placed.forEach((c, i) => {
    const r = requests[i];
    if (!r) return;
    if (c) marks.push(...blockMarks(r.k, r.lines, c));
    else dropped.push(r.k);
  });
  return { marks, dropped };
}

/** A box around a point symbol, for labels to avoid. */
export const around = (x: number, y: number, r: number): Box => ({ x: x - r, y: y - r, width: 2 * r, height: 2 * r });
