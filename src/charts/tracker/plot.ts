import { html, svg, type TemplateResult } from 'lit';
import { MEANING_COLOR, REQUIRED_PATH } from '../kit/marks/grammar.ts';
import { plannedHatch, renderBar } from '../kit/render/bar.ts';
import { renderText } from '../kit/render/text.ts';
import type { TrackerModel } from './layout.ts';

/** Draws a tracker model: the gauge from baseline to target, then the bars of annual rates, then all text. */
export function renderTrackerPlot(m: TrackerModel): TemplateResult {
  const { base, gap, targetTick } = m.gauge;
  return html`<svg viewBox="0 0 ${m.width} ${m.height}" width=${m.width} height=${m.height} focusable="false"
    overflow="visible">
    <defs>${plannedHatch()}</defs>
    <g class="gauge">
      ${renderBar(base)} ${renderBar(gap)}
      <rect data-k=${targetTick.k} x=${targetTick.x} y=${targetTick.y} width=${targetTick.width} height=${targetTick.height}
        fill=${MEANING_COLOR.target}></rect>
    </g>
    <g class="rates">
      ${m.bars.map((b) => renderBar(b))}
      <path data-k=${m.rule.k} d=${m.rule.d}
        fill="none" stroke=${REQUIRED_PATH.color} stroke-width=${REQUIRED_PATH.width} stroke-dasharray=${REQUIRED_PATH.dash}></path>
    </g>
    <g class="labels">
      ${m.rowLabels.map(
        (l) => svg`<text data-k=${l.k} x=${l.x} y=${l.y} font-size=${l.size} fill="var(--_fg)"
          >${l.main}<tspan fill="var(--_muted)">${l.qualifier}</tspan></text>`,
      )}
      ${m.texts.map(renderText)}
    </g>
  </svg>`;
}
