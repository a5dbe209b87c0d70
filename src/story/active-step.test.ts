import { describe, expect, it } from 'vitest';
import { stepAtLine, triggerLine } from './active-step';

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
