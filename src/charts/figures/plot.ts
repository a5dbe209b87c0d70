import { html, svg, type TemplateResult } from 'lit';
import { renderText } from '../kit/render/text.ts';
import type { FiguresModel, FigureTile } from './model.ts';

function marker(tile: FigureTile): TemplateResult {
  const { cx, cy } = tile.marker;
  if (tile.kind === 'actual') return svg`<circle cx=${cx} cy=${cy} r="4.5" fill=${tile.color}></circle>`;
  if (tile.kind === 'estimate') return svg`<circle cx=${cx} cy=${cy} r="4" fill="none" stroke=${tile.color} stroke-width="2"></circle>`;
  return svg`<circle cx=${cx} cy=${cy} r="4.5" fill="none" stroke=${tile.color} stroke-width="2"></circle>
    <circle cx=${cx} cy=${cy} r="1.6" fill=${tile.color}></circle>`;
}

function tile(t: FigureTile): TemplateResult {
  return svg`<g data-k=${t.k} transform=${`translate(${t.x},${t.y})`}>
    <rect class="backdrop" width=${t.width} height=${t.height} fill="var(--_fg)" opacity="0.035"></rect>
    <line x1="0" x2=${t.width} y1="1.5" y2="1.5" stroke=${t.color} stroke-width="3"
      stroke-dasharray=${t.kind === 'target' ? '6 3' : t.kind === 'estimate' ? '2 3' : 'none'}></line>
    ${marker(t)}
    ${t.texts.map(renderText)}
  </g>`;
}

/** Draws kc-figures' model: big-number tiles, each with its kind, value and label. */
export function renderFiguresPlot(model: FiguresModel): TemplateResult {
  return html`<svg viewBox=${`0 0 ${model.width} ${model.height}`} style="font-variant-numeric: tabular-nums" aria-hidden="true">
    ${model.tiles.map(tile)}
  </svg>`;
}
