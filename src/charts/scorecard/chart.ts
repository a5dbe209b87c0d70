import type { ChartDefinition } from '../chart-definition';
import { datasetOf } from '../../data/lookup';
import { layoutScorecard, type ScorecardModel } from './layout';
import { renderScorecardPlot } from './plot';
import { DEFAULT_VIEW, isView } from './views';

export const scorecardChart: ChartDefinition<ScorecardModel> = {
  model: (data, view, size, lang) =>
    layoutScorecard(datasetOf(data, 'scorecard', 'scorecard'), isView(view) ? view : DEFAULT_VIEW, size, lang),
  plot: renderScorecardPlot,
};
