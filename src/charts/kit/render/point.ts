import { nothing, svg, type TemplateResult } from 'lit';
import type { PointMark } from '../marks/kinds.ts';

/** Outline of rings and bullseyes; the background outline that stands a dot or diamond off a line under it. */
const STROKE = 2;
const HALO = 1.5;

/**
 * Draws a point mark, in a chart's plot and in a legend's swatch alike, so the two cannot disagree. Rings are
 * filled with the background, so a line behind one does not run through it. A bullseye is a group moved into
 * place, so it animates by its transform as a dot does by cx and cy.
 */
export function renderPoint(p: PointMark): TemplateResult {
  const k = p.k || nothing;
  switch (p.shape) {
    case 'dot':
      return svg`<circle data-k=${k} cx=${p.cx} cy=${p.cy} r=${p.r} fill=${p.color} stroke="var(--_bg)" stroke-width=${HALO}></circle>`;
    case 'ring':
      return svg`<circle data-k=${k} cx=${p.cx} cy=${p.cy} r=${p.r} fill="var(--_bg)" stroke=${p.color} stroke-width=${STROKE}></circle>`;
    case 'bullseye':
      return svg`<g data-k=${k} transform=${`translate(${p.cx},${p.cy})`}>
        <circle r=${p.r} fill="var(--_bg)" stroke=${p.color} stroke-width=${STROKE}></circle>
        <circle r=${Math.max(1.6, p.r * 0.32)} fill=${p.color}></circle>
      </g>`;
    case 'diamond':
      return svg`<path data-k=${k} d=${`M${p.cx},${p.cy - p.r}L${p.cx + p.r},${p.cy}L${p.cx},${p.cy + p.r}L${p.cx - p.r},${p.cy}Z`}
        fill=${p.color} stroke="var(--_bg)" stroke-width=${HALO}></path>`;
  }
}
