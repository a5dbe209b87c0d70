import type { ChartDefinition } from '../kit/chart-definition.ts';
import { datasetOf } from '../../model/lookup.ts';
import { layoutStructure, type StructureModel } from './layout.ts';
import { renderStructurePlot } from './plot.ts';
import { structureText } from './text.ts';
import { DEFAULT_VIEW, isView } from './views.ts';

export const structureChart: ChartDefinition<StructureModel> = {
  model: (data, view, size, lang) =>
    layoutStructure(datasetOf(data, 'structure', 'structure'), isView(view) ? view : DEFAULT_VIEW, size, lang),
  text: (data, view, lang) => structureText(datasetOf(data, 'structure', 'structure'), isView(view) ? view : DEFAULT_VIEW, lang),
  plot: renderStructurePlot,
};
