import type { Size } from '../../components/size-controller';
import type { Lang, ScorecardDataset } from '../../data/types';
import { groupIndicators } from './groups';
import { layoutFocus } from './layout-economy';
import { layoutColumns, layoutRows } from './layout-grid';
import type { ScorecardModel } from './model';
import { scorecardText } from './text';
import { FOCUS, type ResultsView } from './views';

export type { ScorecardModel } from './model';

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
      : layoutRows(groups, width, height, (i) => !focus.status || i.status === focus.status, focus.status);
  return { text: scorecardText(data, view, lang), width, height, lang, ...placement };
}
