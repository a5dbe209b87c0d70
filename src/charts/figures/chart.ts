import type { ChartDefinition } from '../kit/chart-definition.ts';
import { datasetOf } from '../../model/lookup.ts';
import type { FiguresDataset } from '../../model/types.ts';
import { layoutFigures, type FiguresModel } from './layout.ts';
import { renderFiguresPlot } from './plot.ts';
import { DEFAULT_VIEW, FIGURES_VIEWS, isView } from './views.ts';

export const figuresChart: ChartDefinition<FiguresModel> = {
  model(data, view, size, lang) {
    const shown = isView(view) ? view : DEFAULT_VIEW;
    const datasets: Record<string, FiguresDataset> = {};
    const config = FIGURES_VIEWS[shown];
    for (const ref of [...config.figures, ...Object.values(config.latest ?? {})])
      datasets[ref.dataset] = datasetOf(data, ref.dataset, 'figures');
    return layoutFigures(datasets, shown, size, lang);
  },
  plot: renderFiguresPlot,
};
