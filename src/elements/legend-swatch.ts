import { html, svg, type TemplateResult } from 'lit';
import type { LegendItem } from '../charts/kit/chart-text.ts';
import { kindPoint } from '../charts/kit/marks/kinds.ts';
import { REQUIRED_PATH } from '../charts/kit/marks/grammar.ts';
import { plannedHatch, renderBar } from '../charts/kit/render/bar.ts';
import { renderPoint } from '../charts/kit/render/point.ts';

/** A legend's point: the size of a line chart's, centred in the swatch. */
const SWATCH_POINT = { k: '', cx: 11, cy: 6, r: 5 };

/** A legend's bar, and the id of its own hatching (a legend may show while its plot is hidden). */
const SWATCH_BAR = { k: '', x: 3, y: 1, width: 16, height: 10 };
const SWATCH_HATCH = 'kc-planned-hatch-key';

const line = (color: string, dash: string) =>
  svg`<line x1="1" x2="21" y1="6" y2="6" stroke=${color} stroke-width="2.5" stroke-dasharray=${dash} stroke-linecap="round"></line>`;

/** What a legend swatch draws; a point, a bar or a path of a meaning is drawn by the plots' own renderers. */
function swatchMark(item: LegendItem): TemplateResult {
  if (!('color' in item)) {
    switch (item.swatch) {
      case 'planned':
        // Every part inside an element: lit's server renderer leaves a stray "<?>" after a part at a template's top level.
        return svg`<g><defs>${plannedHatch(SWATCH_HATCH)}</defs>${renderBar({ ...SWATCH_BAR, look: 'planned' }, SWATCH_HATCH)}</g>`;
      case 'required':
        return renderBar({ ...SWATCH_BAR, look: 'required' });
      case 'required-path':
        return svg`<line x1="1" x2="21" y1="6" y2="6"
          stroke=${REQUIRED_PATH.color} stroke-width=${REQUIRED_PATH.width} stroke-dasharray=${REQUIRED_PATH.dash}></line>`;
      default:
        return renderPoint(kindPoint('', item.swatch, SWATCH_POINT.cx, SWATCH_POINT.cy, SWATCH_POINT.r));
    }
  }
  const { swatch: look, color } = item;
  switch (look) {
    case 'line':
      return line(color, '');
    case 'dashed':
      return line(color, '5 3');
    case 'dotted':
      return line(color, '1.5 3');
    case 'square':
      return svg`<rect x="5" y="0.5" width="11" height="11" fill=${color} stroke=${color} stroke-width="1.5"></rect>`;
    case 'hatched':
      return svg`<rect x="5" y="0.5" width="11" height="11" fill="none" stroke=${color} stroke-width="1.5"></rect>
        <path d="M5 11.5 L16 0.5 M5 6 L10.5 0.5 M10.5 11.5 L16 6" fill="none" stroke=${color}></path>`;
    default:
      return renderPoint({ ...SWATCH_POINT, shape: look, color });
  }
}

/** A legend entry's swatch: the same mark the plot draws for it. */
export function legendSwatch(item: LegendItem): TemplateResult {
  return html`<svg class="swatch" viewBox="0 0 22 12" aria-hidden="true">${swatchMark(item)}</svg>`;
}
