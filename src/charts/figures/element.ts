import { customElement } from 'lit/decorators.js';
import type { TemplateResult } from 'lit';
import { ChartElement } from '../../components/chart-element';
import type { Size } from '../../components/size-controller';
import { getDataset } from '../../data/bundle';
import type { FiguresDataset } from '../../data/types';
import { layoutFigures, type FiguresModel } from './layout';
import { renderFiguresPlot } from './plot';
import { DEFAULT_VIEW, FIGURES_VIEWS, isView } from './views';

/**
 * @summary Big-number tiles for stated figures (facts of place, the 2021 record, 2026 targets), each with
 * its kind (actual, estimate, target) and year. Two columns on phones, three or four on wider plots.
 *
 * Views (configured in views.ts as lists of dataset and figure ids):
 * - `place` — area, resident population, township-level units, village committees.
 * - `villages` — the 2021 floor of village collective income and the 2026 village targets.
 * - `targets` — a selection of other 2026 targets.
 *
 * @attr view - place | villages | targets (unknown values show `place`)
 * @attr lang - zh | en
 */
@customElement('kc-figures')
export class KcFigures extends ChartElement<FiguresModel> {
  protected override layout(size: Size): FiguresModel {
    const view = isView(this.view) ? this.view : DEFAULT_VIEW;
    const ids = new Set(FIGURES_VIEWS[view].figures.map((r) => r.dataset));
    const datasets: Record<string, FiguresDataset> = {};
    for (const id of ids) datasets[id] = getDataset(id, 'figures');
    return layoutFigures(datasets, view, size, this.lang);
  }

  protected override renderPlot(model: FiguresModel): TemplateResult {
    return renderFiguresPlot(model);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kc-figures': KcFigures;
  }
}
