import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { animateMarks, settleMarks, snapshotMarks } from './animate-marks.ts';

/** Just enough of an element for the marks' moves: keyed attributes. */
class FakeMark {
  readonly dataset: Record<string, string>;
  private readonly attrs = new Map<string, string>();
  constructor(k: string, attrs: Record<string, string>) {
    this.dataset = { k };
    for (const [name, value] of Object.entries(attrs)) this.attrs.set(name, value);
  }
  getAttribute(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }
  setAttribute(name: string, value: string): void {
    this.attrs.set(name, value);
  }
  removeAttribute(name: string): void {
    this.attrs.delete(name);
  }
}

const rootOf = (marks: FakeMark[]): ParentNode => ({ querySelectorAll: () => marks }) as unknown as ParentNode;

/** A frame clock under the test's control: `frame(ms)` runs the callbacks waiting for a frame at that time. */
let waiting: Map<number, FrameRequestCallback>;
let nextId: number;
const frame = (now: number): void => {
  const callbacks = [...waiting.values()];
  waiting.clear();
  callbacks.forEach((callback) => callback(now));
};

beforeEach(() => {
  waiting = new Map();
  nextId = 1;
  vi.stubGlobal('performance', { now: () => 0 });
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    waiting.set(nextId, callback);
    return nextId++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => waiting.delete(id));
});
afterEach(() => vi.unstubAllGlobals());

describe('animateMarks', () => {
  it('moves every mark of a render on one frame callback and ends on the rendered values', () => {
    const marks = Array.from({ length: 200 }, (_, i) => new FakeMark(`m${i}`, { x: '0', y: String(i) }));
    const root = rootOf(marks);
    const before = snapshotMarks(root);
    marks.forEach((m, i) => m.setAttribute('x', String(100 + i)));

    animateMarks(root, before, 400);
    expect(waiting.size).toBe(1);
    expect(marks[0]!.getAttribute('x')).toBe('0');

    frame(200);
    expect(waiting.size).toBe(1);
    const halfway = Number(marks[0]!.getAttribute('x'));
    expect(halfway).toBeGreaterThan(50); // eased out: past the middle at half the time
    expect(halfway).toBeLessThan(100);
    expect(marks[0]!.getAttribute('y')).toBe('0'); // an attribute that did not change is not touched

    frame(400);
    expect(marks.map((m) => m.getAttribute('x'))).toEqual(marks.map((_, i) => String(100 + i)));
    expect(waiting.size).toBe(0); // the clock stops with the last mark
  });

  it('fades a new mark in to its own opacity and leaves marks that must not enter', () => {
    const old = new FakeMark('old', { x: '1' });
    const root = rootOf([old]);
    const before = snapshotMarks(root);
    const entering = new FakeMark('new', { opacity: '0.6' });
    const still = new FakeMark('still', { x: '3' });
    still.dataset.enter = 'none';

    animateMarks(rootOf([old, entering, still]), before, 100);
    expect(entering.getAttribute('opacity')).toBe('0');
    expect(still.getAttribute('opacity')).toBeNull();
    expect(waiting.size).toBe(1);
    frame(100);
    expect(entering.getAttribute('opacity')).toBe('0.6');
    expect(waiting.size).toBe(0);
  });

  it('settles a move in flight where Lit rendered it, and stops its clock when no mark is left', () => {
    const a = new FakeMark('a', { cx: '0' });
    const b = new FakeMark('b', { cx: '0' });
    const root = rootOf([a, b]);
    const before = snapshotMarks(root);
    a.setAttribute('cx', '10');
    b.setAttribute('cx', '20');
    animateMarks(root, before, 400);
    frame(100);
    expect(a.getAttribute('cx')).not.toBe('10');

    settleMarks(root);
    expect(a.getAttribute('cx')).toBe('10');
    expect(b.getAttribute('cx')).toBe('20');
    expect(waiting.size).toBe(0);
  });

  it('a render during a move starts from where the last one ends, on a clock of its own', () => {
    const a = new FakeMark('a', { x: '0' });
    const root = rootOf([a]);
    let before = snapshotMarks(root);
    a.setAttribute('x', '10');
    animateMarks(root, before, 400);
    frame(100);

    // The chart element's order: settle, snapshot, render, animate.
    settleMarks(root);
    expect(waiting.size).toBe(0);
    before = snapshotMarks(root);
    expect(before.get('a')?.get('x')).toBe('10');
    a.setAttribute('x', '50');
    animateMarks(root, before, 400);
    expect(waiting.size).toBe(1);
    frame(600);
    expect(a.getAttribute('x')).toBe('50');
    expect(waiting.size).toBe(0);
  });
});
