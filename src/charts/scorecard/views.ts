import type { Bilingual, IndicatorStatus } from '../../model/types.ts';
import { viewGuard } from '../kit/registry.ts';
import { VIEWS, type View } from './view-names.ts';

export { VIEWS, type View } from './view-names.ts';
export const DEFAULT_VIEW: View = 'all';
export const isView = /* @__PURE__ */ viewGuard(VIEWS);

/** The views that draw the 13th plan's results (data/scorecard.json); `plan-2025` draws the 14th plan's targets. */
export type ResultsView = Exclude<View, 'plan-2025'>;
export const RESULTS_VIEWS: readonly ResultsView[] = VIEWS.filter((v): v is ResultsView => v !== 'plan-2025');

/** What a view brings forward; everything else is faded. */
export const FOCUS: Record<ResultsView, { status?: IndicatorStatus; category?: string }> = {
  all: {},
  missed: { status: 'missed' },
  economy: { category: 'economy' },
};

/** Which of the dataset's notes each view shows (by position in data/scorecard.json `notes`). */
export const VIEW_NOTES: Record<ResultsView, number[]> = {
  all: [1, 2],
  missed: [2],
  economy: [0, 1],
};

/** Order of tiles within a category, and how each status looks besides its colour. */
export const STATUSES: readonly IndicatorStatus[] = ['met', 'missed', 'unpublished'];
export const STATUS_STYLE: Record<IndicatorStatus, { color: string; glyph: string; key: 'met' | 'missed' | 'unpublished' }> = {
  met: { color: 'var(--_met)', glyph: '✓', key: 'met' },
  missed: { color: 'var(--_missed)', glyph: '✗', key: 'missed' },
  unpublished: { color: 'var(--_unpublished)', glyph: '?', key: 'unpublished' },
};

/** Short names for the tiles (the table and summary use the full names from the data). */
export const SHORT_NAMES: Record<string, Bilingual> = {
  gdp: { zh: '地区生产总值', en: 'GDP' },
  'gdp-per-capita': { zh: '人均生产总值', en: 'GDP per capita' },
  'three-sector-structure': { zh: '三次产业结构', en: 'Sector structure' },
  'fixed-asset-investment': { zh: '固定资产投资', en: 'Fixed investment' },
  'public-budget-revenue': { zh: '财政预算收入', en: 'Budget revenue' },
  'retail-sales': { zh: '社会消费品零售', en: 'Retail sales' },
  exports: { zh: '外贸出口', en: 'Exports' },
  'rd-share': { zh: '研发经费占比', en: 'R&D share' },
  'new-product-rate': { zh: '新产品产值率', en: 'New-product rate' },
  'high-tech-share': { zh: '高新技术产业占比', en: 'High-tech share' },
  'labour-productivity': { zh: '劳动生产率', en: 'Productivity' },
  'forest-cover': { zh: '森林覆盖率', en: 'Forest cover' },
  'pollutant-reduction': { zh: '污染物减排', en: 'Pollutant cuts' },
  'energy-intensity-reduction': { zh: '单位增加值能耗', en: 'Energy intensity' },
  'air-quality': { zh: '空气质量优良率', en: 'Clean-air days' },
  unemployment: { zh: '城镇登记失业率', en: 'Unemployment' },
  'natural-growth': { zh: '人口自然增长率', en: 'Population growth' },
  'medical-insurance': { zh: '医保参保率', en: 'Medical insurance' },
  'pension-insurance': { zh: '养老保险参保率', en: 'Pension insurance' },
  'urban-income': { zh: '城镇居民收入', en: 'Urban income' },
  'rural-income': { zh: '农村居民收入', en: 'Rural income' },
};
