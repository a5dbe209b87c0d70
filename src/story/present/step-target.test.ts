import { describe, expect, it } from 'vitest';
import { keyStepTarget } from './step-target.ts';

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
