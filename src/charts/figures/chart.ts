import type { ChartDefinition } from '../chart-definition';
import { datasetOf } from '../../data/lookup';
import type { FiguresDataset } from '../../data/types';
import { layoutFigures, type FiguresModel } from './layout';
import { renderFiguresPlot } from './plot';
import { DEFAULT_VIEW, FIGURES_VIEWS, isView } from './views';

export const figuresChart: ChartDefinition<FiguresModel> = {
  model(data, view, size, lang) {
    const shown = isView(view) ? view : DEFAULT_VIEW;
    const datasets: Record<string, FiguresDataset> = {};
    for (const ref of FIGURES_VIEWS[shown].figures) datasets[ref.dataset] = datasetOf(data, ref.dataset, 'figures');
    return layoutFigures(datasets, shown, size, lang);
  },
  plot: renderFiguresPlot,
};
