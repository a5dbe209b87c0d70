import { html, nothing, svg, type TemplateResult } from 'lit';
import { renderText } from '../kit/render/text.ts';
import type { LineModel } from './layout.ts';
import { renderPoint } from '../kit/render/point.ts';
import { plannedHatch, renderBar } from '../kit/render/bar.ts';

/** Half the width of a span's end caps, and of the break marker's strokes across the x axis. */
const CAP = 5;

/** Draws a line chart model: grid, breaks, axis, bars, lines and paths, spans, points, then all text on top. */
export function renderLinePlot(m: LineModel): TemplateResult {
  const { plot } = m;
  const right = plot.x + plot.width;
  const bottom = plot.y + plot.height;
  return html`<svg viewBox="0 0 ${m.width} ${m.height}" width=${m.width} height=${m.height} focusable="false">
    ${m.bars.length ? svg`<defs>${plannedHatch()}</defs>` : ''}
    <g class="grid">
      ${m.grid.map(
        (g) => svg`<line data-k=${g.k} x1=${plot.x} x2=${right} y1=${g.y} y2=${g.y}
          stroke=${g.zero ? 'var(--_muted)' : 'var(--_grid)'} stroke-width="1"></line>`,
      )}
      ${m.rules.map(
        (r) => svg`<line data-k=${r.k} x1=${r.x1} y1=${r.y1} x2=${r.x2} y2=${r.y2}
          stroke=${r.kind === 'axis' ? 'var(--_muted)' : 'var(--_grid)'} stroke-width="1"></line>`,
      )}
    </g>
    <g class="breaks">
      ${m.bands.map(
        (b) => svg`<rect data-k=${b.k} class="backdrop" x=${b.x} y=${b.y} width=${Math.max(0, b.width)} height=${b.height}
            fill="var(--_grid)" opacity="0.55"></rect>
          <line data-k=${`${b.k}-rule`} x1=${b.ruleX} x2=${b.ruleX} y1=${b.y} y2=${b.y + b.height}
            stroke="var(--_muted)" stroke-width="1.5" stroke-dasharray="4 3"></line>
          <path data-k=${`${b.k}-axis`} d=${`M${b.ruleX - CAP - 2},${bottom + CAP}L${b.ruleX - 2},${bottom - CAP}M${b.ruleX + 2},${bottom + CAP}L${b.ruleX + CAP + 2},${bottom - CAP}`}
            fill="none" stroke="var(--_muted)" stroke-width="1.5"></path>`,
      )}
    </g>
    <g class="axis">
      ${m.xTicks.map(
        (t) => svg`<line data-k=${t.k} x1=${t.x} x2=${t.x} y1=${bottom} y2=${bottom + (t.labelled ? 5 : 3)}
          stroke="var(--_muted)" stroke-width="1"></line>`,
      )}
    </g>
    <g class="bars">${m.bars.map((b) => renderBar(b))}</g>
    <g class="lines" fill="none">
      ${m.lines.map(
        (l) => svg`<path data-k=${l.k} d=${l.d}
          fill="none" stroke=${l.color} stroke-width=${l.width} stroke-linecap="round" stroke-linejoin="round"
          stroke-dasharray=${l.dash || nothing}></path>`,
      )}
    </g>
    <g class="spans">
      ${m.spans.map(
        (s) => svg`<path data-k=${s.k} d=${`M${s.x - CAP},${s.y1}H${s.x + CAP}M${s.x},${s.y1}V${s.y2}M${s.x - CAP},${s.y2}H${s.x + CAP}`}
          fill="none" stroke="var(--_fg)" stroke-width="1.5"></path>`,
      )}
    </g>
    <g class="points">${m.points.map(renderPoint)}</g>
    <g class="labels">${m.texts.map(renderText)}</g>
  </svg>`;
}
