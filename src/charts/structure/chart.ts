import type { ChartDefinition } from '../chart-definition';
import { datasetOf } from '../../data/lookup';
import { layoutStructure, type StructureModel } from './layout';
import { renderStructurePlot } from './plot';
import { DEFAULT_VIEW, isView } from './views';

export const structureChart: ChartDefinition<StructureModel> = {
  model: (data, view, size, lang) =>
    layoutStructure(datasetOf(data, 'structure', 'structure'), isView(view) ? view : DEFAULT_VIEW, size, lang),
  plot: renderStructurePlot,
};
