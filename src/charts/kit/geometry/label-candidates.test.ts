import { describe, expect, test } from 'vitest';
import { around, block, unionBox } from './label-candidates.ts';

describe('label candidates', () => {
  test('unionBox holds every box', () => {
    expect(
      unionBox([
        { x: 0, y: 0, width: 10, height: 5 },
        { x: 5, y: 3, width: 10, height: 10 },
      ]),
    ).toEqual({ x: 0, y: 0, width: 15, height: 13 });
  });

  test('block covers all its marks', () => {
    const b = block([
      { k: 'a', x: 0, y: 12, text: 'ab', size: 12 },
      { k: 'b', x: 0, y: 26, text: 'abcd', size: 12 },
    ]);
    expect(b.box.y).toBeLessThan(12);
    expect(b.box.y + b.box.height).toBeGreaterThan(26);
  });

  test.each([
    ['above', 'middle', (box: { y: number; height: number }) => box.y + box.height <= 92],
    ['below', 'middle', (box: { y: number }) => box.y >= 108],
    ['right', 'start', (box: { x: number }) => box.x >= 108],
    ['left', 'end', (box: { x: number; width: number }) => box.x + box.width <= 92],
  ] as const)('around(…, %s) anchors %s and keeps clear of the point', (position, anchor, clear) => {
    const [candidate] = around([{ k: 'a', text: 'label', size: 12 }], 100, 100, 8, [position]);
    expect(candidate?.marks[0]?.anchor).toBe(anchor);
    expect(clear(candidate!.box as never)).toBe(true);
  });
});
