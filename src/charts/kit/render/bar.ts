import { svg, type TemplateResult } from 'lit';
import type { BarMark } from '../marks/bars.ts';

/** The diagonal hatching a planned bar is filled with; `id` is the chart's own, as `renderBar` refers to it. */
export function renderHatch(id: string): TemplateResult {
  return svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line x1="0" y1="0" x2="0" y2="6" stroke="var(--_target)" stroke-width="2"></line>
      </pattern>`;
}

/** A bar: hatched with the pattern `hatchId` and outlined when planned, solid when achieved. */
export function renderBar(b: BarMark, hatchId: string): TemplateResult {
  return svg`<rect data-k=${b.k} x=${b.x} y=${b.y} width=${Math.max(0, b.width)} height=${b.height}
    fill=${b.hatched ? `url(#${hatchId})` : b.color} stroke=${b.color} stroke-width=${b.hatched ? 1.5 : 0}></rect>`;
}
