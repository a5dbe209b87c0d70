import { property } from 'lit/decorators.js';
import { define } from '../../elements/define.ts';
import { ChartElement } from '../../elements/chart-element.ts';
import { lineChart } from './chart.ts';
import type { LineModel } from './layout.ts';

/**
 * @summary A time series of a series dataset: reported values, estimates and targets, the constant growth a
 * target requires, and breaks where the statistical scope changed (never joined by a line); or its growth
 * record as planned and achieved rate bars.
 *
 * Views of `dataset="gdp"`: `record` (2016–2020 average annual growth, planned vs achieved at comparable
 * prices, as bars in the income chart's grammar), and the levels: `plan` (2015, 2020, the 2025 target and the
 * required path), `break` (+ the 2021 estimate on a wider scope, the span across the break marked), `target`
 * (+ the 2026 target and its required path), `all` (everything). An unknown view falls back to the dataset's
 * default.
 *
 * @attr dataset - id of a series dataset in data/ (default gdp)
 * @attr view - a view of that dataset
 */
@define('kc-line-chart')
export class KcLineChart extends ChartElement<LineModel> {
  /** Id of the series dataset drawn (attribute `dataset`; the property cannot shadow HTMLElement.dataset). */
  @property({ attribute: 'dataset', reflect: true }) datasetId = 'gdp';

  protected readonly chart = lineChart;

  protected override chartDataset(): string {
    return this.datasetId;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kc-line-chart': KcLineChart;
  }
}
