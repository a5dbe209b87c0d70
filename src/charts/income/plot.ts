import { html, svg, type TemplateResult } from 'lit';
import { renderText } from '../kit/render/text.ts';
import { renderPoint } from '../kit/render/point.ts';
import { plannedHatch, renderBar } from '../kit/render/bar.ts';
import type { IncomeModel } from './model.ts';

/** Draws kc-income-chart's model: grid, shaded gap, bars, lines, points, then labels on top. */
export function renderIncomePlot(model: IncomeModel): TemplateResult {
  return html`<svg viewBox=${`0 0 ${model.width} ${model.height}`} aria-hidden="true">
    <defs>
      ${plannedHatch()}
    </defs>
    <g class="grid">
      ${model.rules.map(
        (r) => svg`<line data-k=${r.k} x1=${r.x1} y1=${r.y1} x2=${r.x2} y2=${r.y2}
          stroke=${r.kind === 'axis' ? 'var(--_muted)' : 'var(--_grid)'}></line>`,
      )}
    </g>
    ${model.areas.map((a) => svg`<path data-k=${a.k} class="backdrop" d=${a.d} fill=${a.color} opacity=${a.opacity}></path>`)}
    ${model.bars.map((b) => renderBar(b))}
    ${model.lines.map(
      (l) => svg`<path data-k=${l.k} d=${l.d} fill="none" stroke=${l.color} stroke-width=${l.width}
        stroke-dasharray=${l.dash ?? 'none'} stroke-linecap="round" stroke-linejoin="round"></path>`,
    )}
    ${model.points.map(renderPoint)}
    ${model.labels.map(renderText)}
  </svg>`;
}
