import { html, svg, type TemplateResult } from 'lit';
import { renderText } from '../kit/render/text.ts';
import type { Segment, StructureModel } from './model.ts';
import { SECTORS } from './views.ts';

/** Tint of a faded segment's fill; its outline in the sector's colour keeps it at 3:1 contrast. */
const FADED_FILL = 0.22;

function segment(s: Segment): TemplateResult {
  const fill = s.target ? `url(#kc-structure-hatch-${s.sector})` : s.color;
  const outlined = s.target || s.faded;
  return svg`<rect data-k=${s.k} x=${s.x} y=${s.y} width=${Math.max(0, s.width)} height=${s.height}
    fill=${fill} fill-opacity=${s.faded ? FADED_FILL : 1} stroke=${outlined ? s.color : 'var(--_bg)'}
    stroke-width=${outlined ? 1.5 : 1}></rect>`;
}

/** Draws kc-structure-chart's model: stacked segments (target bars hatched), guides, labels. */
export function renderStructurePlot(model: StructureModel): TemplateResult {
  return html`<svg viewBox=${`0 0 ${model.width} ${model.height}`} style="font-variant-numeric: tabular-nums" aria-hidden="true">
    <defs>
      ${SECTORS.map(
        (
          s,
        ) => svg`<pattern id=${`kc-structure-hatch-${s.id}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="var(--_bg)"></rect>
          <rect width="6" height="6" fill=${s.color} opacity="0.18"></rect>
          <line x1="0" y1="0" x2="0" y2="6" stroke=${s.color} stroke-width="2.2"></line>
        </pattern>`,
      )}
    </defs>
    ${model.segments.map(segment)}
    ${model.guides.map(
      (g) =>
        svg`<line data-k=${g.k} x1=${g.x1} y1=${g.y1} x2=${g.x2} y2=${g.y2} stroke="var(--_fg)" stroke-width="1.5" stroke-dasharray="4 3"></line>`,
    )}
    ${model.labels.map(renderText)}
  </svg>`;
}
