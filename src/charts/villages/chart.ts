import type { ChartDefinition } from '../kit/chart-definition.ts';
import { villageFigures } from '../../model/villages.ts';
import { layoutVillages, type VillagesModel } from './layout.ts';
import { renderVillagesPlot } from './plot.ts';
import { villagesText } from './text.ts';
import { DEFAULT_VIEW, isView } from './views.ts';

export const villagesChart: ChartDefinition<VillagesModel> = {
  model(data, view, size, lang) {
    return layoutVillages(villageFigures(data), isView(view) ? view : DEFAULT_VIEW, size, lang);
  },
  text: (data, view, lang) => villagesText(villageFigures(data), isView(view) ? view : DEFAULT_VIEW, lang),
  plot: renderVillagesPlot,
};
