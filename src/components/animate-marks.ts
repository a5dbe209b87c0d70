import { select, selectAll } from 'd3-selection';
import 'd3-transition';
import { interpolateString } from 'd3-interpolate';
import { easeCubicOut } from 'd3-ease';

/** Attributes a mark may move between views. */
const ANIMATED = ['d', 'x', 'y', 'width', 'height', 'cx', 'cy', 'r', 'x1', 'x2', 'y1', 'y2', 'transform', 'opacity'] as const;

export type MarkSnapshot = Map<string, Map<string, string>>;

/** Reads the current attributes of every keyed mark (`data-k`) under root, before a re-render. */
export function snapshotMarks(root: ParentNode): MarkSnapshot {
  const snapshot: MarkSnapshot = new Map();
  root.querySelectorAll<SVGElement>('[data-k]').forEach((el) => {
    const attrs = new Map<string, string>();
    for (const name of ANIMATED) {
      const value = el.getAttribute(name);
      if (value !== null) attrs.set(name, value);
    }
    snapshot.set(el.dataset.k ?? '', attrs);
  });
  return snapshot;
}

/**
 * After a re-render, moves each keyed mark from where it was to where it is now, and fades new marks in.
 * Lit has already written the final attributes; the transition ends on exactly those values, so Lit's
 * committed state and the DOM agree once it finishes.
 */
export function animateMarks(root: ParentNode, before: MarkSnapshot, duration = 450): void {
  const marks = Array.from(root.querySelectorAll<SVGElement>('[data-k]'));
  selectAll(marks).interrupt();
  for (const el of marks) {
    const previous = before.get(el.dataset.k ?? '');
    const mark = select(el);
    if (!previous) {
      if (el.dataset.enter === 'none') continue;
      const finalOpacity = el.getAttribute('opacity') ?? '1';
      mark.attr('opacity', 0).transition().duration(duration).ease(easeCubicOut).attr('opacity', finalOpacity);
      continue;
    }
    const transition = mark.transition().duration(duration).ease(easeCubicOut);
    for (const [name, from] of previous) {
      const to = el.getAttribute(name);
      if (to === null || to === from) continue;
      // A path whose commands differ cannot be tweened point by point: it takes its new shape at once.
      if (name === 'd' && numberCount(from) !== numberCount(to)) continue;
      transition.attrTween(name, () => interpolateString(from, to));
    }
  }
}

function numberCount(path: string): number {
  return path.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi)?.length ?? 0;
}
