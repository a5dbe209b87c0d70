import { html, svg, type TemplateResult } from 'lit';
import { renderText } from '../kit/render/text.ts';
import type { RateBar, TrackerModel } from './layout.ts';

function hatch(id: string, color: string): TemplateResult {
  return svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <line x1="0" y1="0" x2="0" y2="6" style=${`stroke:${color};stroke-width:2`}></line>
  </pattern>`;
}

function bar(b: RateBar): TemplateResult {
  const fill = b.hatched ? 'url(#kc-hatch-muted)' : b.tone;
  return svg`<rect data-k=${b.k} x=${b.x} y=${b.y} width=${b.width} height=${b.height}
    style=${`fill:${fill};stroke:${b.tone};stroke-width:${b.hatched ? 1.5 : 0}`}></rect>`;
}

/** Draws a tracker model: the gauge from baseline to target, then the bars of annual rates, then all text. */
export function renderTrackerPlot(m: TrackerModel): TemplateResult {
  const { base, gap, targetTick } = m.gauge;
  return html`<svg viewBox="0 0 ${m.width} ${m.height}" width=${m.width} height=${m.height} focusable="false"
    style="font-variant-numeric:tabular-nums;overflow:visible">
    <defs>${hatch('kc-hatch-muted', 'var(--_muted)')}${hatch('kc-hatch-target', 'var(--_target)')}</defs>
    <g class="gauge">
      <rect data-k=${base.k} x=${base.x} y=${base.y} width=${base.width} height=${base.height} style=${`fill:${base.tone}`}></rect>
      <rect data-k=${gap.k} x=${gap.x} y=${gap.y} width=${gap.width} height=${gap.height}
        style="fill:url(#kc-hatch-target);fill-opacity:0.45;stroke:var(--_target);stroke-width:1.5"></rect>
      <rect data-k=${targetTick.k} x=${targetTick.x} y=${targetTick.y} width=${targetTick.width} height=${targetTick.height}
        style="fill:var(--_target)"></rect>
    </g>
    <g class="rates">
      ${m.bars.map(bar)}
      <path data-k=${m.rule.k} d=${m.rule.d}
        style="fill:none;stroke:var(--_target);stroke-width:2;stroke-dasharray:2 2"></path>
    </g>
    <g class="labels">
      ${m.rowLabels.map(
        (l) => svg`<text data-k=${l.k} x=${l.x} y=${l.y} font-size=${l.size} style="fill:var(--_fg)"
          >${l.main}<tspan style="fill:var(--_muted)">${l.qualifier}</tspan></text>`,
      )}
      ${m.texts.map(renderText)}
    </g>
  </svg>`;
}
