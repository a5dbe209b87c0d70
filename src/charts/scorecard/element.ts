import { css } from 'lit';
import { define } from '../../elements/define.ts';
import { ChartElement } from '../../elements/chart-element.ts';
import { scorecardChart } from './chart.ts';
import type { ScorecardModel } from './layout.ts';

/**
 * @summary The Five-Year Plans' scorecards. Table 1 of the 14th plan's outline: the 13th plan's indicators, one
 * tile per indicator, by category, met (✓), missed (✗) or not published (?); names sit beside the tiles on wide
 * plots, phones show tiles and counts. Table 2: the 14th plan's indicators, each from its 2020 base to its 2025
 * target, with "?" where a result would be.
 *
 * Views:
 * - `all` — every indicator of the 13th plan, with the counts in the title.
 * - `missed` — the missed indicators brought forward, the others faded.
 * - `economy` — the economy category listed with its 2015 → 2020 values, the others faded.
 * - `plan-2025` — the 14th plan's indicators as a ledger by group: 2020 base → 2025 target (bullseye), binding
 *   ones marked with a square, a "?" box for the result no source reports. A plot too small for a row per
 *   indicator shows each group's count over a line of "?" tiles.
 *
 * @attr view - all | missed | economy | plan-2025 (unknown values show `all`)
 * @attr lang - zh | en
 * @cssproperty --kc-plot-aspect - as for every chart; the `plan-2025` view's default on plots under 600 px wide is 1
 */
@define('kc-scorecard')
export class KcScorecard extends ChartElement<ScorecardModel> {
  static override styles = [
    ...ChartElement.styles,
    // A row per indicator needs height: in a narrow frame of its own (an embed, a phone), the plan-2025 plot is
    // as tall as it is wide unless the page says otherwise. The story's graphic (fill) sets its own height.
    css`
      @container kc-chart (max-width: 599px) {
        :host([view='plan-2025']:not([fill])) .plot {
          aspect-ratio: var(--kc-plot-aspect, 1);
        }
      }
    `,
  ];

  protected readonly chart = scorecardChart;
}

declare global {
  interface HTMLElementTagNameMap {
    'kc-scorecard': KcScorecard;
  }
}
