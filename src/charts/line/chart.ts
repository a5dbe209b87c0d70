import type { ChartDefinition } from '../kit/chart-definition.ts';
import { datasetOf } from '../../model/lookup.ts';
import { layoutLine, type LineModel } from './layout.ts';
import { lineContext } from './line-context.ts';
import { lineText, ratesText } from './line-text.ts';
import { renderLinePlot } from './plot.ts';
import { resolveView } from './views.ts';

export const lineChart: ChartDefinition<LineModel> = {
  model: (data, view, size, lang, dataset = 'gdp') =>
    layoutLine(datasetOf(data, dataset, 'series'), resolveView(dataset, view), size, lang, data.sources),
  text(data, view, lang, dataset = 'gdp') {
    const ctx = lineContext(datasetOf(data, dataset, 'series'), resolveView(dataset, view));
    return (ctx.spec.form === 'rates' ? ratesText : lineText)(ctx, lang, data.sources);
  },
  plot: renderLinePlot,
};
