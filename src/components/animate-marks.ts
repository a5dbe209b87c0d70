import { select, selectAll } from 'd3-selection';
import 'd3-transition';
import { interpolateString } from 'd3-interpolate';
import { easeCubicOut } from 'd3-ease';

/** Attributes a mark may move between views. */
const ANIMATED = ['d', 'x', 'y', 'width', 'height', 'cx', 'cy', 'r', 'x1', 'x2', 'y1', 'y2', 'transform', 'opacity'] as const;

export type MarkSnapshot = Map<string, Map<string, string>>;

/** The values each moving mark is heading to: Lit's committed values, restored if a move is cut short. */
const destinations = new WeakMap<Element, Map<string, string | null>>();

/**
 * Ends every move in flight under root, putting each mark where Lit last rendered it. Call before a render:
 * Lit writes only what changed, so a move left running would keep overwriting values Lit believes are set.
 */
export function settleMarks(root: ParentNode): void {
  root.querySelectorAll<SVGElement>('[data-k]').forEach(settleMark);
}

function settleMark(el: Element): void {
  const destination = destinations.get(el);
  if (!destination) return;
  destinations.delete(el);
  select(el).interrupt();
  for (const [name, value] of destination) {
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  }
}

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
    if (!previous && el.dataset.enter === 'none') continue;
    const mark = select(el);
    const destination = new Map<string, string | null>();
    const transition = mark.transition().duration(duration).ease(easeCubicOut);
    transition.on('end', () => settleMark(el));
    if (!previous) {
      const finalOpacity = el.getAttribute('opacity');
      destination.set('opacity', finalOpacity);
      mark.attr('opacity', 0);
      transition.attr('opacity', finalOpacity ?? 1);
    } else {
      for (const [name, from] of previous) {
        const to = el.getAttribute(name);
        if (to === null || to === from) continue;
        // A path whose commands differ cannot be tweened point by point: it takes its new shape at once.
        if (name === 'd' && numberCount(from) !== numberCount(to)) continue;
        destination.set(name, to);
        transition.attrTween(name, () => interpolateString(from, to));
      }
    }
    destinations.set(el, destination);
  }
}

function numberCount(path: string): number {
  return path.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi)?.length ?? 0;
}
