import { html, svg, type TemplateResult } from 'lit';
import { LINE_DASH } from '../kit/marks/grammar.ts';
import { kindPoint } from '../kit/marks/kinds.ts';
import { renderPoint } from '../kit/render/point.ts';
import { renderText } from '../kit/render/text.ts';
import type { FiguresModel, FigureTile } from './model.ts';

/** The kind's point beside the tag, drawn as the kind's points are everywhere (it moves with its tile). */
const marker = (tile: FigureTile): TemplateResult => renderPoint(kindPoint('', tile.kind, tile.marker.cx, tile.marker.cy, 4.5));

function tile(t: FigureTile): TemplateResult {
  return svg`<g data-k=${t.k} transform=${`translate(${t.x},${t.y})`}>
    <rect class="backdrop" width=${t.width} height=${t.height} fill="var(--_fg)" opacity="0.035"></rect>
    <line x1="0" x2=${t.width} y1="1.5" y2="1.5" stroke=${t.color} stroke-width="3"
      stroke-dasharray=${LINE_DASH[t.kind] || 'none'}></line>
    ${marker(t)}
    ${t.latestMarker ? renderPoint(kindPoint('', t.latestMarker.kind, t.latestMarker.cx, t.latestMarker.cy, 4.5)) : ''}
    ${t.texts.map(renderText)}
  </g>`;
}

/** Draws kc-figures' model: big-number tiles, each with its kind, value and label. */
export function renderFiguresPlot(model: FiguresModel): TemplateResult {
  return html`<svg viewBox=${`0 0 ${model.width} ${model.height}`} aria-hidden="true">
    ${model.tiles.map(tile)}
  </svg>`;
}
