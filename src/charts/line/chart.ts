import type { ChartDefinition } from '../kit/chart-definition.ts';
import { datasetOf } from '../../model/lookup.ts';
import { layoutLine, type LineModel } from './layout.ts';
import { renderLinePlot } from './plot.ts';
import { resolveView } from './views.ts';

export const lineChart: ChartDefinition<LineModel> = {
  model: (data, view, size, lang, dataset = 'gdp') =>
    layoutLine(datasetOf(data, dataset, 'series'), resolveView(dataset, view), size, lang, data.sources),
  plot: renderLinePlot,
};
