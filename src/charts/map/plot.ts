import { html, nothing, svg, type TemplateResult } from 'lit';
import { renderPoint } from '../kit/render/point.ts';
import { renderText } from '../kit/render/text.ts';
import { LEVEL_OPACITY, type LegendSwatch, type MapModel, type MapPath, type MapPoint, type MapTile } from './model.ts';

const PATH_STYLE: Record<
  MapPath['role'],
  { cls?: string; fill: string; fillOpacity?: number; stroke: string; width: number; dash?: string }
> = {
  land: { cls: 'backdrop', fill: 'var(--_grid)', stroke: 'var(--_bg)', width: 0.8 },
  focus: { fill: 'var(--_actual)', stroke: 'var(--_bg)', width: 1 },
  'focus-soft': { fill: 'var(--_actual)', fillOpacity: 0.22, stroke: 'var(--_actual)', width: 1.5 },
  outline: { fill: 'var(--_grid)', fillOpacity: 0.55, stroke: 'var(--_muted)', width: 1.5 },
  zone: { fill: 'var(--_rural)', fillOpacity: 0.12, stroke: 'var(--_rural)', width: 1.5, dash: '5 3' },
  axis: { fill: 'none', stroke: 'var(--_fg)', width: 3.5 },
};

/** The id of the clip path that keeps the plan's zones inside Kecheng's outline. */
const CLIP = 'kc-map-outline';

function path(p: MapPath, clipped: boolean): TemplateResult {
  const s = PATH_STYLE[p.role];
  const clip = clipped && p.role === 'zone' ? `url(#${CLIP})` : nothing;
  return svg`<path data-k=${p.k} class=${s.cls ?? nothing} d=${p.d} clip-path=${clip} fill=${s.fill} fill-opacity=${s.fillOpacity ?? nothing}
    stroke=${s.stroke} stroke-width=${s.width} stroke-dasharray=${s.dash ?? nothing} stroke-linejoin="round" stroke-linecap="round"></path>`;
}

/** The seat and the plan's centres are points as the legend draws them (a dot, a ring), by the kit's renderer. */
const ROUND_POINT = {
  seat: { shape: 'dot', r: 4.5, color: 'var(--_fg)' },
  core: { shape: 'dot', r: 7, color: 'var(--_fg)' },
  'sub-core': { shape: 'ring', r: 5.5, color: 'var(--_fg)' },
} as const;

function point(p: MapPoint): TemplateResult {
  switch (p.kind) {
    case 'seat':
    case 'core':
    case 'sub-core':
      return renderPoint({ k: p.k, cx: p.x, cy: p.y, ...ROUND_POINT[p.kind] });
    case 'mountain':
      return svg`<path data-k=${p.k} d=${`M${p.x},${p.y - 5.5}l6,10h-12z`} fill="var(--_muted)"></path>`;
    case 'village':
      return svg`<rect data-k=${p.k} x=${p.x - 3.5} y=${p.y - 3.5} width="7" height="7" fill="var(--_muted)"></rect>`;
  }
}

/** A shaded square of the sequential scale: a tint of the full colour with a full-colour edge (dashed at level 0). */
function square(k: string, x: number, y: number, w: number, h: number, level: number): TemplateResult {
  return svg`<rect data-k=${k} x=${x} y=${y} width=${w} height=${h} rx="2" fill=${level === 0 ? 'var(--_bg)' : 'var(--_actual)'}
    fill-opacity=${LEVEL_OPACITY[level] ?? 1} stroke="var(--_actual)" stroke-width="1.2" stroke-dasharray=${level === 0 ? '3 2' : nothing}></rect>`;
}

function tile(t: MapTile): TemplateResult {
  return svg`<g data-k=${t.k}>${square('', t.x, t.y, t.width, t.height, t.level)}${t.texts.map(renderText)}</g>`;
}

const swatch = (s: LegendSwatch, i: number) => square(`swatch-${i}`, s.x, s.y, s.size, s.size, s.level);

function scaleBar(bar: NonNullable<MapModel['scaleBar']>): TemplateResult {
  return svg`<path data-k="scale-bar" d=${`M${bar.x},${bar.y - 4}V${bar.y}H${bar.x + bar.width}V${bar.y - 4}`} fill="none"
    stroke="var(--_muted)" stroke-width="1.5"></path>`;
}

function north(n: NonNullable<MapModel['north']>): TemplateResult {
  return svg`<path data-k="north-arrow" d=${`M${n.x},${n.y}l6,16l-6,-4l-6,4z`} fill="var(--_muted)"></path>`;
}

/** Draws kc-district-map's model: land and highlighted units, plan marks, tiles, legend, scale bar, north arrow, labels. */
export function renderMapPlot(model: MapModel): TemplateResult {
  const outline = model.paths.find((p) => p.role === 'outline');
  return html`<svg viewBox=${`0 0 ${model.width} ${model.height}`} aria-hidden="true">
    ${outline ? svg`<defs><clipPath id=${CLIP}><path d=${outline.d}></path></clipPath></defs>` : nothing}
    ${model.paths.map((p) => path(p, !!outline))} ${model.points.map(point)} ${model.tiles.map(tile)} ${model.swatches.map(swatch)}
    ${model.scaleBar ? scaleBar(model.scaleBar) : nothing} ${model.north ? north(model.north) : nothing}
    ${model.labels.map(renderText)}
  </svg>`;
}
