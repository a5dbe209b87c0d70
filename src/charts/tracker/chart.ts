import type { ChartDefinition } from '../kit/chart-definition.ts';
import { layoutTrackerView, type TrackerModel } from './layout.ts';
import { renderTrackerPlot } from './plot.ts';
import { resolveView } from './views.ts';

export const trackerChart: ChartDefinition<TrackerModel> = {
  model: (data, view, size, lang) => layoutTrackerView(data.datasets, resolveView(view), size, lang, data.sources),
  plot: renderTrackerPlot,
};
