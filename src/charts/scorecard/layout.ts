import type { Size } from '../kit/size.ts';
import type { Lang, ScorecardDataset } from '../../model/types.ts';
import { groupIndicators } from './groups.ts';
import { layoutFocus } from './layout-economy.ts';
import { layoutColumns, layoutRows } from './layout-grid.ts';
import type { ScorecardModel } from './model.ts';
import { scorecardText } from './text.ts';
import { FOCUS, type ResultsView } from './views.ts';

export type { ScorecardModel } from './model.ts';

/** Plots at least this wide show a column per category with names beside the tiles. */
export const WIDE = 560;

/** Geometry and text of kc-scorecard for a view at a size (pure). */
export function layoutScorecard(data: ScorecardDataset, view: ResultsView, size: Size, lang: Lang): ScorecardModel {
  const { width, height } = size;
  const groups = groupIndicators(data, lang);
  const focus = FOCUS[view];
  const wide = width >= WIDE;
  const placement = focus.category
    ? layoutFocus(groups, focus.category, width, height, lang, wide)
    : wide
      ? layoutColumns(groups, width, height, lang, (i) => !focus.status || i.status === focus.status, focus.status)
      : layoutRows(groups, width, height, lang, (i) => !focus.status || i.status === focus.status, focus.status);
  return { text: scorecardText(data, view, lang), width, height, lang, ...placement };
}
