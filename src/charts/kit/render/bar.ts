import { nothing, svg, type TemplateResult } from 'lit';
import { barPaint, MEANING_COLOR, PLANNED_HATCH } from '../marks/grammar.ts';
import type { BarMark } from '../marks/bars.ts';

/** The planned hatching: the plan's purple at 45° over the background. One per plot, and one per legend swatch. */
export function plannedHatch(id = PLANNED_HATCH): TemplateResult {
  return svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <rect width="6" height="6" fill="var(--_bg)"></rect>
    <line x1="0" y1="0" x2="0" y2="6" stroke=${MEANING_COLOR.planned} stroke-width="2"></line>
  </pattern>`;
}

/**
 * Draws a bar, in a chart's plot and in a legend's swatch alike, so the two cannot disagree. An outline is drawn
 * inside the bar's box (inset by half its width), so an outlined bar is as long as a solid one.
 */
export function renderBar(b: BarMark, hatch = PLANNED_HATCH): TemplateResult {
  const inset = b.look === 'actual' && !b.faded ? 0 : b.look === 'planned' || b.faded ? 0.75 : 1;
  const width = Math.max(0, b.width - 2 * inset);
  const height = Math.max(0, b.height - 2 * inset);
  const paint = barPaint(b.look, b.color, b.faded, hatch);
  return svg`<rect data-k=${b.k || nothing} x=${b.x + inset} y=${b.y + inset} width=${width} height=${height}
    fill=${paint.fill} fill-opacity=${paint.fillOpacity ?? nothing} stroke=${paint.stroke} stroke-width=${paint.strokeWidth}
    stroke-dasharray=${paint.dash ?? nothing}></rect>`;
}
