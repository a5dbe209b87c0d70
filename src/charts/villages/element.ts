import { define } from '../../elements/define.ts';
import { ChartElement } from '../../elements/chart-element.ts';
import { villagesChart } from './chart.ts';
import type { VillagesModel } from './layout.ts';

/**
 * @summary The district's administrative villages as squares, one each, against the income level a year asks
 * of their collectives. A square is a village in the count, not a particular village.
 *
 * Views (views.ts):
 * - `floor-2021` — every village above the 2021 floor of collective operating income.
 * - `targets-2026` — the 2026 targets: every village above the base level, at least the stated share above the
 *   upper level (that share of the count, rounded up).
 *
 * @attr view - floor-2021 | targets-2026 (unknown values show `targets-2026`)
 * @attr lang - zh | en
 */
@define('kc-village-chart')
export class KcVillageChart extends ChartElement<VillagesModel> {
  protected readonly chart = villagesChart;
}

declare global {
  interface HTMLElementTagNameMap {
    'kc-village-chart': KcVillageChart;
  }
}
