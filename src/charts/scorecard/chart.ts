import type { ChartDefinition } from '../chart-definition';
import { datasetOf } from '../../data/lookup';
import { layoutScorecard, type ScorecardModel } from './layout';
import { layoutPlan } from './plan-layout';
import { renderScorecardPlot } from './plot';
import { DEFAULT_VIEW, isView } from './views';

export const scorecardChart: ChartDefinition<ScorecardModel> = {
  model(data, view, size, lang) {
    const shown = isView(view) ? view : DEFAULT_VIEW;
    if (shown === 'plan-2025') return layoutPlan(datasetOf(data, 'plan-2025', 'plan-targets'), size, lang);
    return layoutScorecard(datasetOf(data, 'scorecard', 'scorecard'), shown, size, lang);
  },
  plot: renderScorecardPlot,
};
