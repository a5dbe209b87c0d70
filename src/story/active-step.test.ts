import { describe, expect, it } from 'vitest';
import { placeAtLine, scrollToPlace, stepAtLine, triggerLine } from './active-step.ts';

const boxes = [
  { top: -900, bottom: -100 },
  { top: -100, bottom: 500 },
  { top: 500, bottom: 1200 },
];

describe('stepAtLine(boxes, line)', () => {
  it.each([
    [0, 1],
    [499, 1],
    [500, 2],
    [2000, 2],
    [-1000, 0],
  ])('with the line at %s px the active step is %s', (line, expected) => {
    expect(stepAtLine(boxes, line)).toBe(expected);
  });
  it('is the first step before the story starts', () => {
    expect(stepAtLine([{ top: 300, bottom: 900 }], 100)).toBe(0);
  });
});

describe('triggerLine(height)', () => {
  it('sits at half the viewport height, in whole pixels', () => {
    expect(triggerLine(844)).toBe(422);
    expect(triggerLine(845)).toBe(423);
    expect(triggerLine(800, 0.6)).toBe(480);
  });
});

describe('placeAtLine(boxes, line)', () => {
  it('is how far the line has gone from a step’s top towards the next step’s top', () => {
    expect(placeAtLine(boxes, 200)).toEqual({ index: 1, fraction: 0.5 });
    expect(placeAtLine(boxes, 500)).toEqual({ index: 2, fraction: 0 });
  });
  it('measures the last step to its bottom', () => {
    expect(placeAtLine(boxes, 850)).toEqual({ index: 2, fraction: 0.5 });
    expect(placeAtLine(boxes, 1200)).toEqual({ index: 2, fraction: 1 });
  });
  it('is null before the first step reaches the line and once the last has left it', () => {
    expect(placeAtLine(boxes, -1000)).toBeNull();
    expect(placeAtLine(boxes, 1201)).toBeNull();
    expect(placeAtLine([], 0)).toBeNull();
  });
});

describe('scrollToPlace(boxes, line, place)', () => {
  it('is the scroll that brings the place back to the line in a new layout', () => {
    const place = placeAtLine(boxes, 200);
    if (!place) throw new Error('no place');
    // the same steps laid out at half the height, 300 px further down
    const after = boxes.map((b) => ({ top: b.top / 2 + 300, bottom: b.bottom / 2 + 300 }));
    const dy = scrollToPlace(after, 120, place);
    const moved = after.map((b) => ({ top: b.top - dy, bottom: b.bottom - dy }));
    expect(placeAtLine(moved, 120)).toEqual(place);
  });
  it('does nothing for a step that is not there', () => {
    expect(scrollToPlace(boxes, 100, { index: 9, fraction: 0 })).toBe(0);
  });
});
