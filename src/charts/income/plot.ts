import { html, svg, type TemplateResult } from 'lit';
import { renderText } from '../kit/render/text.ts';
import { renderPoint } from '../kit/render/point.ts';
import type { BarMark, IncomeModel } from './model.ts';

function bar(b: BarMark): TemplateResult {
  return svg`<rect data-k=${b.k} x=${b.x} y=${b.y} width=${Math.max(0, b.width)} height=${b.height}
    fill=${b.hatched ? 'url(#kc-income-hatch)' : b.color} stroke=${b.color} stroke-width=${b.hatched ? 1.5 : 0}></rect>`;
}

/** Draws kc-income-chart's model: grid, shaded gap, bars, lines, points, then labels on top. */
export function renderIncomePlot(model: IncomeModel): TemplateResult {
  return html`<svg viewBox=${`0 0 ${model.width} ${model.height}`} style="font-variant-numeric: tabular-nums" aria-hidden="true">
    <defs>
      <pattern id="kc-income-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line x1="0" y1="0" x2="0" y2="6" stroke="var(--_target)" stroke-width="2"></line>
      </pattern>
    </defs>
    <g class="grid">
      ${model.rules.map(
        (r) => svg`<line data-k=${r.k} x1=${r.x1} y1=${r.y1} x2=${r.x2} y2=${r.y2}
          style=${r.kind === 'axis' ? 'stroke: var(--_muted)' : 'stroke: var(--_grid)'}></line>`,
      )}
    </g>
    ${model.areas.map((a) => svg`<path data-k=${a.k} class="backdrop" d=${a.d} fill=${a.color} opacity=${a.opacity}></path>`)}
    ${model.bars.map(bar)}
    ${model.lines.map(
      (l) => svg`<path data-k=${l.k} d=${l.d} fill="none" stroke=${l.color} stroke-width=${l.width}
        stroke-dasharray=${l.dash ?? 'none'} stroke-linecap="round" stroke-linejoin="round"></path>`,
    )}
    ${model.points.map(renderPoint)}
    ${model.labels.map(renderText)}
  </svg>`;
}
