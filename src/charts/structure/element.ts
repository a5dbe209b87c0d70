import { customElement } from 'lit/decorators.js';
import type { TemplateResult } from 'lit';
import { ChartElement } from '../../components/chart-element';
import type { Size } from '../../components/size-controller';
import { getDataset } from '../../data/bundle';
import { layoutStructure, type StructureModel } from './layout';
import { renderStructurePlot } from './plot';
import { DEFAULT_VIEW, isView } from './views';

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
@customElement('kc-structure-chart')
export class KcStructureChart extends ChartElement<StructureModel> {
  protected override layout(size: Size): StructureModel {
    const view = isView(this.view) ? this.view : DEFAULT_VIEW;
    return layoutStructure(getDataset('structure', 'structure'), view, size, this.lang);
  }

  protected override renderPlot(model: StructureModel): TemplateResult {
    return renderStructurePlot(model);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kc-structure-chart': KcStructureChart;
  }
}
