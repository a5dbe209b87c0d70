import { html, nothing, svg, type TemplateResult } from 'lit';
import { renderPoint } from '../kit/render/point.ts';
import { renderText } from '../kit/render/text.ts';
import type { Ledger, ScorecardModel, Tile } from './model.ts';
import { STATUS_STYLE } from './views.ts';

/** Tiles are drawn at 20 px and scaled, so a tile's size moves smoothly between views. */
const UNIT = 20;

/**
 * A tile: solid in its status colour with a light glyph; unpublished ones hatched with a dashed outline.
 * A faded tile (not brought forward by the view) is drawn in outline, its glyph in the status colour, so it
 * recedes without losing contrast (no transparency).
 */
function tile(t: Tile): TemplateResult {
  const style = STATUS_STYLE[t.status];
  const open = t.status === 'unpublished';
  const fill = t.faded ? 'var(--_bg)' : open ? 'url(#kc-scorecard-unpublished)' : style.color;
  const glyph = t.faded ? style.color : open ? 'var(--_fg)' : 'var(--_bg)';
  return svg`<g data-k=${t.k} transform=${`translate(${t.x},${t.y}) scale(${t.size / UNIT})`}>
    <rect x="0.75" y="0.75" width=${UNIT - 1.5} height=${UNIT - 1.5} rx="2" fill=${fill}
      stroke=${style.color} stroke-width="1.5" stroke-dasharray=${open ? '3 2' : 'none'}></rect>
    <text x=${UNIT / 2} y=${UNIT / 2 + 5.2} font-size="15" font-weight="700" text-anchor="middle"
      fill=${glyph}>${style.glyph}</text>
  </g>`;
}

/**
 * The `plan-2025` ledger's marks under its text: rules between groups (backdrop), a hatched box with a dashed
 * outline where each result would be (its "?" is text), a solid square before each binding indicator, and a
 * target's point at each target, drawn as every chart draws targets.
 */
function ledgerMarks(ledger: Ledger): TemplateResult {
  return svg`${ledger.rules.map(
    (r) => svg`<rect data-k=${r.k} class="backdrop" x=${r.x} y=${r.y} width=${r.width} height=${r.height}
      fill="var(--_grid)"></rect>`,
  )}
    ${ledger.results.map(
      (b) => svg`<rect data-k=${b.k} x=${b.x + 0.75} y=${b.y + 0.75} width=${b.width - 1.5} height=${b.height - 1.5} rx="2"
      fill="url(#kc-scorecard-unpublished)" stroke="var(--_unpublished)" stroke-width="1.5" stroke-dasharray="3 2"></rect>`,
    )}
    ${ledger.binding.map((b) => svg`<rect data-k=${b.k} x=${b.x} y=${b.y} width=${b.width} height=${b.height} fill="var(--_target)"></rect>`)}
    ${ledger.targets.map(renderPoint)}`;
}

/** Draws kc-scorecard's model: a tile per indicator (colour, glyph and fill), or the plan's ledger, then the text. */
export function renderScorecardPlot(model: ScorecardModel): TemplateResult {
  return html`<svg viewBox=${`0 0 ${model.width} ${model.height}`} aria-hidden="true">
    <defs>
      <pattern id="kc-scorecard-unpublished" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="5" height="5" fill="var(--_bg)"></rect>
        <line x1="0" y1="0" x2="0" y2="5" stroke="var(--_unpublished)" stroke-width="1.2" opacity="0.45"></line>
      </pattern>
    </defs>
    ${model.tiles.map(tile)}
    ${model.ledger ? ledgerMarks(model.ledger) : nothing}
    ${model.labels.map(renderText)}
  </svg>`;
}
