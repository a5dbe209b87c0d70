import type { Box } from './avoid-overlap.ts';
import { textWidth } from './text-width.ts';

/** A line of SVG text placed by a layout; y is the baseline. */
export interface TextMark {
  k: string;
  x: number;
  y: number;
  text: string;
  size: number;
  anchor?: 'start' | 'middle' | 'end';
  bold?: boolean;
  /** fg (default), muted, or a CSS colour such as var(--_missed) */
  tone?: string;
  /** draws a background-coloured outline so the text reads over lines and fills */
  halo?: boolean;
  opacity?: number;
}

/** A text mark whose baseline sits so the text is vertically centred on cy. */
export function centredText(mark: Omit<TextMark, 'y'>, cy: number): TextMark {
  return { ...mark, y: cy + mark.size * 0.36 };
}

/** The box a text mark covers (from its baseline: 0.8 em above, 0.25 em below). */
export function textBox(mark: TextMark): Box {
  const width = textWidth(mark.text, mark.size, mark.bold);
  const anchor = mark.anchor ?? 'start';
  const x = anchor === 'start' ? mark.x : anchor === 'middle' ? mark.x - width / 2 : mark.x - width;
  return { x, y: mark.y - mark.size * 0.82, width, height: mark.size * 1.07 };
}
