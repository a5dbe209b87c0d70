import type { ChartDefinition } from '../kit/chart-definition.ts';
import { datasetOf } from '../../model/lookup.ts';
import type { DataBundle, Figure } from '../../model/types.ts';
import type { VillageFigures } from './counts.ts';
import { layoutVillages, type VillagesModel } from './layout.ts';
import { renderVillagesPlot } from './plot.ts';
import { DEFAULT_VIEW, FIGURES, isView, type FigureName } from './views.ts';

/** The figures the chart draws, or an error naming the dataset and figure that is missing. */
export function villageFigures(data: DataBundle): VillageFigures {
  const entries = (Object.keys(FIGURES) as FigureName[]).map((name): [FigureName, Figure] => {
    const { dataset, figure } = FIGURES[name];
    const found = datasetOf(data, dataset, 'figures').figures.find((f) => f.id === figure);
    if (!found) throw new Error(`kc-village-chart: dataset "${dataset}" has no figure "${figure}"`);
    return [name, found];
  });
  return Object.fromEntries(entries) as VillageFigures;
}

export const villagesChart: ChartDefinition<VillagesModel> = {
  model(data, view, size, lang) {
    return layoutVillages(villageFigures(data), isView(view) ? view : DEFAULT_VIEW, size, lang);
  },
  plot: renderVillagesPlot,
};
