import { nothing, svg, type TemplateResult } from 'lit';
import type { TextMark } from '../geometry/text-mark.ts';

function fill(tone: string | undefined): string {
  if (!tone || tone === 'fg') return 'var(--_fg)';
  if (tone === 'muted') return 'var(--_muted)';
  return tone;
}

/**
 * Draws a layout's text mark. Fill goes in the style attribute because the frame's stylesheet sets
 * `text { fill }`, which would win over a presentation attribute. A halo is a background-coloured
 * stroke painted under the glyphs. A mark with an empty key is not animated on its own (it moves with its group).
 */
export function renderText(mark: TextMark): TemplateResult {
  const halo = mark.halo ? ';stroke:var(--_bg);stroke-width:3px;stroke-linejoin:round;paint-order:stroke' : '';
  return svg`<text data-k=${mark.k || nothing} x=${mark.x} y=${mark.y} font-size=${mark.size}
    text-anchor=${mark.anchor ?? 'start'} font-weight=${mark.bold ? 700 : 400} opacity=${mark.opacity ?? 1}
    style=${`fill:${fill(mark.tone)}${halo}`}>${mark.text}</text>`;
}
