import type { Lang, SeriesDataset } from '../../model/types.ts';
import type { Size } from '../kit/size.ts';
import { layoutRateBars } from '../kit/geometry/rate-bars.ts';
import { GROWTH_LABEL_COPY } from './copy.ts';
import type { IncomeModel } from './model.ts';
import { findSeries, period } from './series.ts';
import { growthText } from './text-growth.ts';
import { COLORS, SERIES } from './views.ts';

/** Planned and achieved average annual growth as paired horizontal bars, one group per series. */
export function layoutGrowth(income: SeriesDataset, size: Size, lang: Lang): IncomeModel {
  const groups = [SERIES.urban, SERIES.rural].map((id) => {
    const series = findSeries(income, id);
    return { id, name: series.label[lang], records: series.growth ?? [], color: id === SERIES.urban ? COLORS.urban : COLORS.rural };
  });
  const words = {
    planned: GROWTH_LABEL_COPY.plannedBar[lang],
    achieved: GROWTH_LABEL_COPY.achievedBar[lang],
    missed: GROWTH_LABEL_COPY.missed[lang],
    period: (r: Parameters<typeof period>[0]) => period(r, lang),
  };
  const { bars, labels, rules } = layoutRateBars(groups, size, lang, words);
  return { text: growthText(income, lang), width: size.width, height: size.height, rules, areas: [], bars, lines: [], points: [], labels };
}
