import { define } from '../../elements/define.ts';
import { ChartElement } from '../../elements/chart-element.ts';
import { structureChart } from './chart.ts';
import type { StructureModel } from './layout.ts';

/**
 * @summary The three sectors' shares of GDP as 100 % bars: 2015, the 13th Plan's 2020 target (hatched),
 * and 2020.
 *
 * Views:
 * - `all` — the three bars, shares labelled where they fit.
 * - `industry` — the secondary sector brought forward and aligned across bars; the gap to its target marked.
 *
 * @attr view - all | industry (unknown values show `all`)
 * @attr lang - zh | en
 */
@define('kc-structure-chart')
export class KcStructureChart extends ChartElement<StructureModel> {
  protected readonly chart = structureChart;
}

declare global {
  interface HTMLElementTagNameMap {
    'kc-structure-chart': KcStructureChart;
  }
}
