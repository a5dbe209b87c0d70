import type { ChartDefinition } from '../chart-definition';
import { datasetOf } from '../../data/lookup';
import { layoutLine, type LineModel } from './layout';
import { renderLinePlot } from './plot';
import { resolveView } from './views';

export const lineChart: ChartDefinition<LineModel> = {
  model: (data, view, size, lang, dataset = 'gdp') =>
    layoutLine(datasetOf(data, dataset, 'series'), resolveView(dataset, view), size, lang, data.sources),
  plot: renderLinePlot,
};
