import type { ChartDefinition } from '../chart-definition';
import { layoutTrackerView, type TrackerModel } from './layout';
import { renderTrackerPlot } from './plot';
import { resolveView } from './views';

export const trackerChart: ChartDefinition<TrackerModel> = {
  model: (data, view, size, lang) => layoutTrackerView(data.datasets, resolveView(view), size, lang, data.sources),
  plot: renderTrackerPlot,
};
