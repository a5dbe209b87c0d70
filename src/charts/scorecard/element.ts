import { define } from '../../components/define';
import { ChartElement } from '../../components/chart-element';
import { scorecardChart } from './chart';
import type { ScorecardModel } from './layout';

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
@define('kc-scorecard')
export class KcScorecard extends ChartElement<ScorecardModel> {
  protected readonly chart = scorecardChart;
}

declare global {
  interface HTMLElementTagNameMap {
    'kc-scorecard': KcScorecard;
  }
}
