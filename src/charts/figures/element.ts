import { define } from '../../elements/define.ts';
import { ChartElement } from '../../elements/chart-element.ts';
import { figuresChart } from './chart.ts';
import type { FiguresModel } from './layout.ts';

/**
 * @summary Big-number tiles for stated figures (facts of place, the 2021 record, 2026 targets), each with
 * its kind (actual, estimate, target) and year. Two columns on phones, three or four on wider plots.
 *
 * Views (configured in views.ts as lists of dataset and figure ids):
 * - `place` — township-level units, village and residents' committees, the villages of Hangbu.
 * - `villages` — the 2026 targets for future and boutique villages, and Yudong, the first future village.
 * - `targets` — a selection of other 2026 targets.
 *
 * @attr view - place | villages | targets (unknown values show `place`)
 * @attr lang - zh | en
 */
@define('kc-figures')
export class KcFigures extends ChartElement<FiguresModel> {
  protected readonly chart = figuresChart;
}

declare global {
  interface HTMLElementTagNameMap {
    'kc-figures': KcFigures;
  }
}
