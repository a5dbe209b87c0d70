import type { Box } from './avoid-overlap.ts';
import { ASCENT, CENTRE_TO_BASELINE, GLYPH_HEIGHT } from './font-metrics.ts';
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

/** The baseline that centres a line of text set at `size` px vertically on cy. */
export function centredBaseline(cy: number, size: number): number {
  return cy + size * CENTRE_TO_BASELINE;
}

/** A text mark whose baseline sits so the text is vertically centred on cy. */
export function centredText(mark: Omit<TextMark, 'y'>, cy: number): TextMark {
  return { ...mark, y: centredBaseline(cy, mark.size) };
}

/** The box a text mark's glyphs cover: from ASCENT above its baseline down to the bottom of descenders (GLYPH_HEIGHT). */
export function textBox(mark: TextMark): Box {
  const width = textWidth(mark.text, mark.size, mark.bold);
  const anchor = mark.anchor ?? 'start';
  const x = anchor === 'start' ? mark.x : anchor === 'middle' ? mark.x - width / 2 : mark.x - width;
  return { x, y: mark.y - mark.size * ASCENT, width, height: mark.size * GLYPH_HEIGHT };
}
