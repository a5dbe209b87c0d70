import { define } from '../../elements/define.ts';
import { ChartElement } from '../../elements/chart-element.ts';
import { mapChart } from './chart.ts';
import type { MapModel } from './layout.ts';

/**
 * @summary Kecheng on the map: where it lies among four provinces, among Quzhou's six county-level units,
 * the 14th Plan's spatial structure on its outline, and its 18 township-level units as a tile map.
 * Real geography carries a scale bar and a north arrow; schematic views say so.
 *
 * Views:
 * - `locator` — Zhejiang, Fujian, Jiangxi and Anhui around Quzhou; Quzhou tinted, Kecheng a dot.
 * - `quzhou` — Quzhou's six county-level units, Kecheng highlighted.
 * - `plan` — Kecheng's outline with the plan's two cores, axis and two zones (schematic positions).
 * - `townships` — one tile per township-level unit, shaded and numbered by village committees (schematic).
 *
 * @attr view - locator | quzhou | plan | townships (unknown values show `locator`)
 * @attr lang - zh | en
 */
@define('kc-district-map')
export class KcDistrictMap extends ChartElement<MapModel> {
  protected readonly chart = mapChart;
}

declare global {
  interface HTMLElementTagNameMap {
    'kc-district-map': KcDistrictMap;
  }
}
