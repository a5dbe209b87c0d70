import type { Box } from './avoid-overlap.ts';
import { textBox, type TextMark } from './text-mark.ts';

/** One or more text marks placed together, with the box they cover. */
export interface LabelBlock {
  box: Box;
  marks: TextMark[];
}

/** The smallest box holding all the boxes. */
export function unionBox(boxes: readonly Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

/** Text marks as one block. */
export function block(marks: TextMark[]): LabelBlock {
  return { box: unionBox(marks.map(textBox)), marks };
}

export type Position = 'above' | 'below' | 'right' | 'left' | 'above-right' | 'above-left' | 'below-right' | 'below-left';

/**
 * A label of one or more lines set beside the point (cx, cy), `gap` px away, at each position in turn:
 * candidates for avoidOverlap, in order of preference.
 */
export function around(
  lines: readonly Omit<TextMark, 'x' | 'y' | 'anchor'>[],
  cx: number,
  cy: number,
  gap: number,
  positions: readonly Position[],
): LabelBlock[] {
  const lineHeights = lines.map((l) => l.size * 1.2);
  const total = lineHeights.reduce((a, b) => a + b, 0);
  return positions.map((position) => {
    const anchor = position.endsWith('right') ? 'start' : position.endsWith('left') ? 'end' : 'middle';
    const diagonal = position.includes('-');
    const dx = anchor === 'start' ? gap : anchor === 'end' ? -gap : 0;
    // Diagonal positions sit a little closer vertically: text boxes carry some space above the glyphs.
    let top: number;
    if (position.startsWith('above')) top = cy - (diagonal ? gap * 0.6 : gap) - total;
    else if (position.startsWith('below')) top = cy + (diagonal ? gap * 0.6 : gap);
    else top = cy - total / 2;
    let offset = 0;
    const marks = lines.map((line, i) => {
      const size = line.size;
      const y = top + offset + size * 0.9;
      offset += lineHeights[i] ?? size;
      return { ...line, x: cx + dx, y, anchor } as TextMark;
    });
    return block(marks);
  });
}
