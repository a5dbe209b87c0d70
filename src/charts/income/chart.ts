import type { ChartDefinition } from '../kit/chart-definition.ts';
import { datasetOf } from '../../model/lookup.ts';
import { layoutIncome, type IncomeModel } from './layout.ts';
import { renderIncomePlot } from './plot.ts';
import { DEFAULT_VIEW, isView } from './views.ts';

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
