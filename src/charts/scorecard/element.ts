import { customElement } from 'lit/decorators.js';
import type { TemplateResult } from 'lit';
import { ChartElement } from '../../components/chart-element';
import type { Size } from '../../components/size-controller';
import { getDataset } from '../../data/bundle';
import { layoutScorecard, type ScorecardModel } from './layout';
import { renderScorecardPlot } from './plot';
import { DEFAULT_VIEW, isView } from './views';

/**
 * @summary The 13th Five-Year Plan's scorecard: one tile per indicator, by category, met (✓), missed (✗)
 * or not published (?). Names sit beside the tiles on wide plots; phones show tiles and counts.
 *
 * Views:
 * - `all` — every indicator, with the counts in the title.
 * - `missed` — the missed indicators brought forward, the others faded.
 * - `economy` — the economy category listed with its 2015 → 2020 values, the others faded.
 *
 * @attr view - all | missed | economy (unknown values show `all`)
 * @attr lang - zh | en
 */
@customElement('kc-scorecard')
export class KcScorecard extends ChartElement<ScorecardModel> {
  protected override layout(size: Size): ScorecardModel {
    const view = isView(this.view) ? this.view : DEFAULT_VIEW;
    return layoutScorecard(getDataset('scorecard', 'scorecard'), view, size, this.lang);
  }

  protected override renderPlot(model: ScorecardModel): TemplateResult {
    return renderScorecardPlot(model);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kc-scorecard': KcScorecard;
  }
}
