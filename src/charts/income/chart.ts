import type { ChartDefinition } from '../chart-definition';
import { datasetOf } from '../../data/lookup';
import { layoutIncome, type IncomeModel } from './layout';
import { renderIncomePlot } from './plot';
import { DEFAULT_VIEW, isView } from './views';

export const incomeChart: ChartDefinition<IncomeModel> = {
  model: (data, view, size, lang) =>
    layoutIncome(
      { income: datasetOf(data, 'income', 'series'), ratio: datasetOf(data, 'income-ratio', 'series') },
      isView(view) ? view : DEFAULT_VIEW,
      size,
      lang,
    ),
  plot: renderIncomePlot,
};
