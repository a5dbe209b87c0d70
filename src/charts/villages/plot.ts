import { html, svg, type TemplateResult } from 'lit';
import { renderText } from '../kit/render/text.ts';
import type { VillagesModel } from './model.ts';
import { TIER_COLOR, type Tier } from './views.ts';

/**
 * A square: filled for the 2021 floor (actual) and the upper 2026 level; for the base 2026 level an outline
 * with a pale tint, so the two targets differ by fill as well as by the header beside each key square.
 */
function square(k: string, x: number, y: number, size: number, tier: Tier): TemplateResult {
  const open = tier === 'base';
  const stroke = Math.max(1, Math.min(2, size / 8));
  return svg`<rect data-k=${k} x=${x + stroke / 2} y=${y + stroke / 2} width=${Math.max(1, size - stroke)} height=${Math.max(1, size - stroke)}
    rx=${Math.min(2, size / 6)} fill=${open ? 'var(--_bg)' : TIER_COLOR[tier]} stroke=${TIER_COLOR[tier]} stroke-width=${stroke}></rect>`;
}

/** Draws kc-village-chart's model: one square per village under a header line per tier. */
export function renderVillagesPlot(model: VillagesModel): TemplateResult {
  return html`<svg viewBox=${`0 0 ${model.width} ${model.height}`} aria-hidden="true">
    ${model.swatches.map((s) => square(s.k, s.x, s.y, s.size, s.tier))}
    ${model.units.map((u) => square(u.k, u.x, u.y, u.size, u.tier))}
    ${model.labels.map(renderText)}
  </svg>`;
}
