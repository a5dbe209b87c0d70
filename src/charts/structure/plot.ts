import { html, svg, type TemplateResult } from 'lit';
import { renderText } from '../kit/render/text.ts';
import type { Segment, StructureModel } from './model.ts';
import { plannedHatch, renderBar } from '../kit/render/bar.ts';

/** A segment: an actual share solid in its sector's colour, a planned one hatched as every planned value is. */
const segment = (s: Segment): TemplateResult => renderBar({ ...s, look: s.target ? 'planned' : 'actual' });

/** Draws kc-structure-chart's model: stacked segments (planned bars hatched), guides, labels. */
export function renderStructurePlot(model: StructureModel): TemplateResult {
  return html`<svg viewBox=${`0 0 ${model.width} ${model.height}`} aria-hidden="true">
    <defs>${plannedHatch()}</defs>
    ${model.segments.map(segment)}
    ${model.guides.map(
      (g) =>
        svg`<line data-k=${g.k} x1=${g.x1} y1=${g.y1} x2=${g.x2} y2=${g.y2} stroke="var(--_fg)" stroke-width="1.5" stroke-dasharray="4 3"></line>`,
    )}
    ${model.labels.map(renderText)}
  </svg>`;
}
