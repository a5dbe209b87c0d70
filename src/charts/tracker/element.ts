import { define } from '../../elements/define.ts';
import { ChartElement } from '../../elements/chart-element.ts';
import { trackerChart } from './chart.ts';
import type { TrackerModel } from './layout.ts';

/**
 * @summary How far a stated target is from its starting point: a gauge from the baseline to the target,
 * and the constant annual growth the target requires set against the growth achieved and planned before.
 *
 * Views: `gdp-2025` (2020 actual → 2025 target of the 14th Five-Year Plan), `gdp-2026` (2021 estimate →
 * 2026 target, wider scope), `income-2026` (income per person, 2021 estimate → 2026 target),
 * `retail-2026` (retail sales, 2021 estimate → 2026 target). An unknown view falls back to `gdp-2025`.
 */
@define('kc-target-tracker')
export class KcTargetTracker extends ChartElement<TrackerModel> {
  protected readonly chart = trackerChart;
}

declare global {
  interface HTMLElementTagNameMap {
    'kc-target-tracker': KcTargetTracker;
  }
}
