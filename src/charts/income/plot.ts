import { html, svg, type TemplateResult } from 'lit';
import { renderText } from '../kit/render/text.ts';
import type { BarMark, IncomeModel, PointMark } from './model.ts';

function point(p: PointMark): TemplateResult {
  switch (p.shape) {
    case 'dot':
      return svg`<circle data-k=${p.k} cx=${p.cx} cy=${p.cy} r=${p.r} fill=${p.color} stroke="var(--_bg)" stroke-width="1.5"></circle>`;
    case 'hollow':
      return svg`<circle data-k=${p.k} cx=${p.cx} cy=${p.cy} r=${p.r} fill="var(--_bg)" stroke=${p.color} stroke-width="2"></circle>`;
    case 'ring':
      return svg`<g data-k=${p.k} transform=${`translate(${p.cx},${p.cy})`}>
        <circle r=${p.r} fill="var(--_bg)" stroke=${p.color} stroke-width="2.5"></circle>
        <circle r="2.2" fill=${p.color}></circle>
      </g>`;
    case 'diamond':
      return svg`<path data-k=${p.k} d=${`M${p.cx},${p.cy - p.r}L${p.cx + p.r},${p.cy}L${p.cx},${p.cy + p.r}L${p.cx - p.r},${p.cy}Z`}
        fill=${p.color} stroke="var(--_bg)" stroke-width="1.5"></path>`;
  }
}

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
    ${model.points.map(point)}
    ${model.labels.map(renderText)}
  </svg>`;
}
