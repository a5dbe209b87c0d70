import type { Box } from './avoid-overlap.ts';
import { LINE_BASELINE, LINE_HEIGHT } from './font-metrics.ts';
import type { TextMark } from './text-mark.ts';
import { textWidth } from './text-width.ts';

/** One line of a multi-line label. */
export interface BlockLine {
  /** the key of its text mark; without one, the block's key and the line's index */
  k?: string;
  text: string;
  size: number;
  bold?: boolean;
  /** fg (default), muted, or a CSS colour */
  tone?: string;
}

const DIAGONAL_RISE = 0.6;

/** Where a label sits around its anchor point: compass sides, or 'c' centred on it. */
export type Side = 'n' | 'ne' | 'nw' | 'e' | 'w' | 's' | 'se' | 'sw' | 'c';

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

/**
 * Candidate boxes for a block of lines around (ax, ay), gap px from it, in the order of `sides`. Diagonal
 * sides keep the full gap across but only DIAGONAL_RISE × gap up or down: a line box carries some space
 * above and below its glyphs, so the text still looks gap px away.
 */
export function blockCandidates(
  lines: readonly BlockLine[],
  ax: number,
  ay: number,
  gap: number,
  sides: readonly Side[],
  slack = 1,
): BlockCandidate[] {
  const { width: w, height: h } = blockSize(lines, slack);
  const rise = gap * DIAGONAL_RISE;
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
        return at(side, ax + gap, ay - rise - h, 'start');
      case 'nw':
        return at(side, ax - gap - w, ay - rise - h, 'end');
      case 'se':
        return at(side, ax + gap, ay + rise, 'start');
      case 'sw':
        return at(side, ax - gap - w, ay + rise, 'end');
      case 'c':
        return at(side, ax - w / 2, ay - h / 2, 'middle');
    }
  });
}

/** The text marks of a placed block, one per line (keyed its own k or `${k}-${i}`), stacked from the top of its box. */
export function blockMarks(k: string, lines: readonly BlockLine[], c: BlockCandidate, halo = true): TextMark[] {
  const x = c.anchor === 'start' ? c.box.x : c.anchor === 'middle' ? c.box.x + c.box.width / 2 : c.box.x + c.box.width;
  let top = c.box.y;
  return lines.map((line, i) => {
    const y = top + line.size * LINE_BASELINE;
    top += line.size * LINE_HEIGHT;
    return { k: line.k ?? `${k}-${i}`, x, y, text: line.text, size: line.size, anchor: c.anchor, bold: line.bold, tone: line.tone, halo };
  });
}

/** A block of text marks placed together, with the box it covers. */
export interface LabelBlock {
  box: Box;
  marks: TextMark[];
}

/**
 * A label of one or more lines set around (ax, ay) at each side in turn: candidates for avoidOverlap,
 * which takes the first that lies within the plot and clears the obstacles.
 */
export function labelBlocks(
  k: string,
  lines: readonly BlockLine[],
  ax: number,
  ay: number,
  gap: number,
  sides: readonly Side[],
  { slack = 1, halo = true }: { slack?: number; halo?: boolean } = {},
): LabelBlock[] {
  return blockCandidates(lines, ax, ay, gap, sides, slack).map((c) => ({ box: c.box, marks: blockMarks(k, lines, c, halo) }));
}
