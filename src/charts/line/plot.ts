import { html, svg, type TemplateResult } from 'lit';
import { renderText } from '../kit/render/text.ts';
import type { LineModel } from './layout.ts';
import { renderPoint } from '../kit/render/point.ts';

/** Draws a line chart model: grid, breaks, axis, lines and paths, points, then all text on top. */
export function renderLinePlot(m: LineModel): TemplateResult {
  const { plot } = m;
  const right = plot.x + plot.width;
  const bottom = plot.y + plot.height;
  return html`<svg viewBox="0 0 ${m.width} ${m.height}" width=${m.width} height=${m.height} focusable="false"
    style="font-variant-numeric:tabular-nums">
    <g class="grid">
      ${m.grid.map(
        (g) => svg`<line data-k=${g.k} x1=${plot.x} x2=${right} y1=${g.y} y2=${g.y}
          style=${g.zero ? 'stroke:var(--_muted);stroke-width:1' : 'stroke:var(--_grid);stroke-width:1'}></line>`,
      )}
    </g>
    <g class="breaks">
      ${m.bands.map(
        (b) => svg`<rect data-k=${b.k} class="backdrop" x=${b.x} y=${b.y} width=${Math.max(0, b.width)} height=${b.height}
            style="fill:var(--_grid);opacity:0.55"></rect>
          <line data-k=${`${b.k}-rule`} x1=${b.ruleX} x2=${b.ruleX} y1=${b.y} y2=${b.y + b.height}
            style="stroke:var(--_muted);stroke-width:1.5;stroke-dasharray:4 3"></line>`,
      )}
    </g>
    <g class="axis">
      ${m.xTicks.map(
        (t) => svg`<line data-k=${t.k} x1=${t.x} x2=${t.x} y1=${bottom} y2=${bottom + (t.labelled ? 5 : 3)}
          style="stroke:var(--_muted);stroke-width:1"></line>`,
      )}
    </g>
    <g class="lines" fill="none">
      ${m.lines.map(
        (l) => svg`<path data-k=${l.k} d=${l.d}
          style=${`fill:none;stroke:${l.color};stroke-width:${l.width};stroke-linecap:round;stroke-linejoin:round${l.dash ? `;stroke-dasharray:${l.dash}` : ''}`}></path>`,
      )}
    </g>
    <g class="points">${m.points.map(renderPoint)}</g>
    <g class="labels">${m.texts.map(renderText)}</g>
  </svg>`;
}
