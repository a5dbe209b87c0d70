import { nothing, svg, type TemplateResult } from 'lit';
import type { TextMark } from '../geometry/text-mark.ts';

function fill(tone: string | undefined): string {
  if (!tone || tone === 'fg') return 'var(--_fg)';
  if (tone === 'muted') return 'var(--_muted)';
  return tone;
}

/**
 * Draws a layout's text mark, painted by presentation attributes (the frame's stylesheet colours only text that
 * has no `fill` of its own). A halo is a background-coloured stroke painted under the glyphs. A mark with an
 * empty key is not animated on its own (it moves with its group).
 */
export function renderText(mark: TextMark): TemplateResult {
  const halo = mark.halo ?? false;
  return svg`<text data-k=${mark.k || nothing} x=${mark.x} y=${mark.y} font-size=${mark.size}
    text-anchor=${mark.anchor ?? 'start'} font-weight=${mark.bold ? 700 : 400} opacity=${mark.opacity ?? 1}
    fill=${fill(mark.tone)} stroke=${halo ? 'var(--_bg)' : nothing} stroke-width=${halo ? 3 : nothing}
    stroke-linejoin=${halo ? 'round' : nothing} paint-order=${halo ? 'stroke' : nothing}>${mark.text}</text>`;
}
