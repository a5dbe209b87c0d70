import { define } from '../../elements/define.ts';
import { ChartElement } from '../../elements/chart-element.ts';
import { incomeChart } from './chart.ts';
import type { IncomeModel } from './layout.ts';

/**
 * @summary Per-capita disposable income in Kecheng: urban and rural levels, growth against the plan,
 * and the urban–rural ratio.
 *
 * Views:
 * - `levels` — urban and rural income 2015 → 2020 with the gap shaded; the all-residents 2021 estimate
 *   and 2026 target as separate marks, with the path at the rate the target needs.
 * - `growth` — planned (hatched) and achieved (solid) average annual growth, 2016–2020, and 2017–2021.
 * - `ratio` — the urban–rural ratio 2015 → 2020, the 2026 bound, and Quzhou city's ratio for comparison.
 *
 * @attr view - levels | growth | ratio (unknown values show `levels`)
 * @attr lang - zh | en
 */
@define('kc-income-chart')
export class KcIncomeChart extends ChartElement<IncomeModel> {
  protected readonly chart = incomeChart;
}

declare global {
  interface HTMLElementTagNameMap {
    'kc-income-chart': KcIncomeChart;
  }
}
