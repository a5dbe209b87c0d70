import { expect, test } from 'vitest';
import { centredText, textBox } from './text-mark.ts';

test('textBox of an end-anchored mark ends at x', () => {
  const box = textBox({ k: 'a', x: 100, y: 50, text: 'abc', size: 12, anchor: 'end' });
  expect(box.x + box.width).toBeCloseTo(100);
  expect(box.y).toBeLessThan(50);
});

test('centredText puts the baseline about a third of the size below the centre', () => {
  expect(centredText({ k: 'a', x: 0, text: 'x', size: 12 }, 100).y).toBeCloseTo(104.32);
});
