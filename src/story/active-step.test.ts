import { describe, expect, it } from 'vitest';
import { keyStepTarget, placeAtLine, scrollToPlace, stepAtLine, triggerLine } from './active-step';

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
  it('sits at 60% of the viewport height, in whole pixels', () => {
    expect(triggerLine(844)).toBe(506);
    expect(triggerLine(800, 0.5)).toBe(400);
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

describe('keyStepTarget(action, boxes, card, at, line, height)', () => {
  // Three steps of 800 px in an 800 px viewport, the line at 480; step 1 rests with its top at 478.
  const height = 800;
  const line = 480;
  const at = (top1: number) => [
    { top: top1 - 800, bottom: top1 },
    { top: top1, bottom: top1 + 800 },
    { top: top1 + 800, bottom: top1 + 1600 },
  ];
  const shortCard = (top: number) => ({ top, bottom: top + 200 });

  it('goes to the next step, its top just above the line', () => {
    expect(keyStepTarget('next', at(478), shortCard(478), 1, line, height)).toEqual({ index: 2, dy: 800 });
  });
  it('goes back to the step before', () => {
    expect(keyStepTarget('prev', at(478), shortCard(478), 1, line, height)).toEqual({ index: 0, dy: -800 });
  });
  it('goes back to the start of a step the reader has scrolled into first', () => {
    expect(keyStepTarget('prev', at(100), shortCard(100), 1, line, height)).toEqual({ index: 1, dy: -378 });
  });
  it('shows the rest of a card that runs below the screen before going on, never past the next step', () => {
    const long = { top: 478, bottom: 478 + 700 };
    const target = keyStepTarget('next', at(478), long, 1, line, height);
    expect(target?.index).toBe(1);
    expect(target?.dy).toBe(1178 - (800 - 64));
    const boxes = at(478);
    const next = boxes[2];
    if (!next || !target) throw new Error('no target');
    expect(next.top - target.dy).toBeGreaterThan(line);
  });
  it('goes to the first step before the story, and to either end', () => {
    expect(keyStepTarget('next', at(1700), shortCard(900), 0, line, height)).toEqual({ index: 0, dy: 422 });
    expect(keyStepTarget('first', at(478), null, 1, line, height)).toEqual({ index: 0, dy: -800 });
    expect(keyStepTarget('last', at(478), null, 1, line, height)).toEqual({ index: 2, dy: 800 });
  });
  it('leaves the key to the browser past either end', () => {
    expect(keyStepTarget('next', at(-322), shortCard(-322), 2, line, height)).toBeNull();
    expect(keyStepTarget('prev', at(1278), shortCard(1278), 0, line, height)).toBeNull();
    expect(keyStepTarget('first', at(1278), null, 0, line, height)).toBeNull();
    expect(keyStepTarget('next', [], null, 0, line, height)).toBeNull();
  });
});
