import { describe, expect, test } from 'vitest';
import { overlaps } from './avoid-overlap.ts';
import { blockCandidates, blockMarks, blockSize, labelBlocks, type Side } from './label-block.ts';

const lines = [{ text: 'label', size: 12 }];

describe('label blocks', () => {
  test('a block is as wide as its widest line and LINE_HEIGHT a line high', () => {
    const { width, height } = blockSize([...lines, { text: 'a longer line', size: 12 }]);
    expect(width).toBeGreaterThan(blockSize(lines).width);
    expect(height).toBeCloseTo(28.8);
  });

  test.each([
    ['n', 'middle'],
    ['s', 'middle'],
    ['e', 'start'],
    ['w', 'end'],
    ['ne', 'start'],
    ['nw', 'end'],
    ['se', 'start'],
    ['sw', 'end'],
  ] as const)('the %s candidate anchors its lines %s and keeps clear of the point', (side, anchor) => {
    const [c] = blockCandidates(lines, 100, 100, 8, [side]);
    expect(c?.anchor).toBe(anchor);
    expect(overlaps(c!.box, { x: 96, y: 96, width: 8, height: 8 })).toBe(false);
  });

  test('a centred candidate sits on the point', () => {
    const [c] = blockCandidates(lines, 100, 100, 8, ['c']);
    expect(c!.box.x + c!.box.width / 2).toBeCloseTo(100);
    expect(c!.box.y + c!.box.height / 2).toBeCloseTo(100);
  });

  test('marks take their line’s key, or the block’s key and index', () => {
    const [c] = blockCandidates(
      [
        { k: 'own', text: 'a', size: 12 },
        { text: 'b', size: 12 },
      ],
      0,
      0,
      4,
      ['s'],
    );
    expect(
      blockMarks(
        'block',
        [
          { k: 'own', text: 'a', size: 12 },
          { text: 'b', size: 12 },
        ],
        c!,
      ).map((m) => m.k),
    ).toEqual(['own', 'block-1']);
  });

  test('labelBlocks gives one block of marks per side, in order', () => {
    const sides: Side[] = ['e', 'w'];
    const blocks = labelBlocks('k', lines, 100, 100, 8, sides, { halo: false });
    expect(blocks.map((b) => b.marks[0]?.anchor)).toEqual(['start', 'end']);
    expect(blocks[0]?.marks[0]?.halo).toBe(false);
  });
});
