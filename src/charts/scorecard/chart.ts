import type { ChartDefinition } from '../kit/chart-definition.ts';
import { datasetOf } from '../../model/lookup.ts';
import { layoutScorecard, type ScorecardModel } from './layout.ts';
import { layoutPlan } from './plan-layout.ts';
import { planText } from './plan-text.ts';
import { renderScorecardPlot } from './plot.ts';
import { scorecardText } from './text.ts';
import { DEFAULT_VIEW, isView } from './views.ts';

export const scorecardChart: ChartDefinition<ScorecardModel> = {
  model(data, view, size, lang) {
    const shown = isView(view) ? view : DEFAULT_VIEW;
    if (shown === 'plan-2025') return layoutPlan(datasetOf(data, 'plan-2025', 'plan-targets'), size, lang);
    return layoutScorecard(datasetOf(data, 'scorecard', 'scorecard'), shown, size, lang);
  },
  text(data, view, lang) {
    const shown = isView(view) ? view : DEFAULT_VIEW;
    if (shown === 'plan-2025') return planText(datasetOf(data, 'plan-2025', 'plan-targets'), lang);
    return scorecardText(datasetOf(data, 'scorecard', 'scorecard'), shown, lang);
  },
  plot: renderScorecardPlot,
};
