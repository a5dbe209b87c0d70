import type { Box } from './avoid-overlap.ts';
import { LINE_BASELINE, LINE_HEIGHT } from './font-metrics.ts';
import type { TextMark } from './text-mark.ts';
import { textWidth } from './text-width.ts';

/** One line of a multi-line label. */
export interface BlockLine {
  text: string;
  size: number;
  bold?: boolean;
  /** fg (default), muted, or a CSS colour */
  tone?: string;
}

/** Where a label sits around its anchor point: compass sides. */
export type Side = 'n' | 'ne' | 'nw' | 'e' | 'w' | 's' | 'se' | 'sw';

/** A position a block of lines may take: its box, and how its lines are anchored. */
export interface BlockCandidate {
  box: Box;
  side: Side;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Width and height in px a block of lines takes (LINE_HEIGHT a line). `slack` widens the estimate, for
 * fonts wider than textWidth assumes (DejaVu Sans, the usual Linux system-ui, is about 10 % wider).
 */
export function blockSize(lines: readonly BlockLine[], slack = 1): { width: number; height: number } {
  const width = slack * Math.max(0, ...lines.map((l) => textWidth(l.text, l.size, l.bold)));
  const height = lines.reduce((sum, l) => sum + l.size * LINE_HEIGHT, 0);
  return { width, height };
}

/** Candidate boxes for a block of lines around (ax, ay), gap px from it, in the order of `sides`. */
export function blockCandidates(
  lines: readonly BlockLine[],
  ax: number,
  ay: number,
  gap: number,
  sides: readonly Side[],
  slack = 1,
): BlockCandidate[] {
  const { width: w, height: h } = blockSize(lines, slack);
  const d = gap * 0.85;
  const at = (side: Side, x: number, y: number, anchor: BlockCandidate['anchor']): BlockCandidate => ({
    side,
    anchor,
    box: { x, y, width: w, height: h },
  });
  return sides.map((side) => {
    switch (side) {
      case 'n':
        return at(side, ax - w / 2, ay - gap - h, 'middle');
      case 's':
        return at(side, ax - w / 2, ay + gap, 'middle');
      case 'e':
        return at(side, ax + gap, ay - h / 2, 'start');
      case 'w':
        return at(side, ax - gap - w, ay - h / 2, 'end');
      case 'ne':
        return at(side, ax + d, ay - d - h, 'start');
      case 'nw':
        return at(side, ax - d - w, ay - d - h, 'end');
      case 'se':
        return at(side, ax + d, ay + d, 'start');
      case 'sw':
        return at(side, ax - d - w, ay + d, 'end');
    }
  });
}

/** The text marks of a placed block, one per line, keyed `${k}-${i}`, stacked from the top of its box. */
export function blockMarks(k: string, lines: readonly BlockLine[], c: BlockCandidate, halo = true): TextMark[] {
  const x = c.anchor === 'start' ? c.box.x : c.anchor === 'middle' ? c.box.x + c.box.width / 2 : c.box.x + c.box.width;
  let top = c.box.y;
  return lines.map((line, i) => {
    const y = top + line.size * LINE_BASELINE;
    top += line.size * LINE_HEIGHT;
    return { k: `${k}-${i}`, x, y, text: line.text, size: line.size, anchor: c.anchor, bold: line.bold, tone: line.tone, halo };
  });
}
