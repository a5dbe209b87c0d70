import type { Size } from '../kit/size.ts';
import type { Lang, SeriesDataset } from '../../model/types.ts';
import { layoutGrowth } from './layout-growth.ts';
import { layoutLevels } from './layout-levels.ts';
import { layoutRatio } from './layout-ratio.ts';
import type { IncomeModel } from './model.ts';
import type { View } from './views.ts';

export type { IncomeModel } from './model.ts';

/** The two datasets kc-income-chart draws. */
export interface IncomeData {
  /** data/income.json: urban, rural and all-residents income (yuan) */
  income: SeriesDataset;
  /** data/income-ratio.json: the urban–rural ratio and Quzhou city's */
  ratio: SeriesDataset;
}

/** Geometry and text of kc-income-chart for a view at a size (pure). */
export function layoutIncome(data: IncomeData, view: View, size: Size, lang: Lang): IncomeModel {
  switch (view) {
    case 'levels':
      return layoutLevels(data.income, size, lang);
    case 'growth':
      return layoutGrowth(data.income, size, lang);
    case 'ratio':
      return layoutRatio(data.ratio, data.income, size, lang);
  }
}
