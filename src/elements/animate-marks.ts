import { numberCount, tweenString } from './tween-string.ts';

/** Attributes a mark may move between views. */
const ANIMATED = [
  'd',
  'x',
  'y',
  'width',
  'height',
  'cx',
  'cy',
  'r',
  'x1',
  'x2',
  'y1',
  'y2',
  'transform',
  'opacity',
  'fill-opacity',
] as const;

export type MarkSnapshot = Map<string, Map<string, string>>;

/** A clock calling back with the time elapsed since it started, once a frame, until stopped. */
interface Timer {
  stop(): void;
}

/** Like d3-timer's timer(), in a few lines: the marks' moves need no more (and every chart chunk carries this). */
function timer(callback: (elapsed: number) => void): Timer {
  const start = performance.now();
  let frame = requestAnimationFrame(function tick(now) {
    frame = requestAnimationFrame(tick);
    callback(Math.max(0, now - start));
  });
  return { stop: () => cancelAnimationFrame(frame) };
}

/** d3-ease's easeCubicOut. */
const easeCubicOut = (t: number): number => --t * t * t + 1;

/**
 * The marks one render set moving, on one clock: a frame callback per mark (a village chart moves 230) cost more in
 * callbacks than in the moves themselves.
 */
interface Batch {
  timer?: Timer;
  marks: Set<Element>;
}

/** A move in flight: its batch, a frame of the move, and the values it ends on (the values Lit last rendered). */
interface Move {
  batch: Batch;
  step(t: number): void;
  destination: Map<string, string | null>;
}

const moves = new WeakMap<Element, Move>();

/** Reads the current attributes of every keyed mark (`data-k`) under root, before a re-render. */
export function snapshotMarks(root: ParentNode): MarkSnapshot {
  const snapshot: MarkSnapshot = new Map();
  root.querySelectorAll<SVGElement | HTMLElement>('[data-k]').forEach((el) => {
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
 * Ends every move in flight under root, putting each mark where Lit last rendered it. Call before a render:
 * Lit writes only what changed, so a move left running would keep overwriting values Lit believes are set.
 */
export function settleMarks(root: ParentNode): void {
  root.querySelectorAll('[data-k]').forEach(settleMark);
}

function settleMark(el: Element): void {
  const move = moves.get(el);
  if (!move) return;
  moves.delete(el);
  move.batch.marks.delete(el);
  if (move.batch.marks.size === 0) move.batch.timer?.stop();
  for (const [name, value] of move.destination) {
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  }
}

/**
 * After a re-render, moves each keyed mark from where it was to where it is now, and fades new marks in.
 * Lit has already written the final attributes; every move ends on exactly those values.
 */
export function animateMarks(root: ParentNode, before: MarkSnapshot, duration = 450): void {
  const batch: Batch = { marks: new Set() };
  for (const el of root.querySelectorAll<SVGElement | HTMLElement>('[data-k]')) {
    settleMark(el);
    const previous = before.get(el.dataset.k ?? '');
    if (!previous && el.dataset.enter === 'none') continue;
    const tweens: [string, (t: number) => string][] = [];
    const destination = new Map<string, string | null>();
    if (!previous) {
      const opacity = el.getAttribute('opacity');
      destination.set('opacity', opacity);
      tweens.push(['opacity', tweenString('0', opacity ?? '1')]);
    } else {
      for (const [name, from] of previous) {
        const to = el.getAttribute(name);
        if (to === null || to === from) continue;
        // A path whose commands differ cannot be tweened point by point: it takes its new shape at once.
        if (name === 'd' && numberCount(from) !== numberCount(to)) continue;
        destination.set(name, to);
        tweens.push([name, tweenString(from, to)]);
      }
    }
    if (tweens.length === 0) continue;
    const step = (t: number): void => {
      for (const [name, tween] of tweens) el.setAttribute(name, tween(t));
    };
    step(0);
    moves.set(el, { batch, step, destination });
    batch.marks.add(el);
  }
  if (batch.marks.size === 0) return;
  batch.timer = timer((elapsed) => {
    // A copy: settling a mark takes it out of the batch (and the last one stops the clock).
    for (const el of [...batch.marks]) {
      if (elapsed >= duration) settleMark(el);
      else moves.get(el)?.step(easeCubicOut(elapsed / duration));
    }
  });
}
