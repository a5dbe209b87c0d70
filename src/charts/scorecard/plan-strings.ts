import type { Bilingual } from '../../model/types.ts';

/**
 * Shorter names for the rows of the `plan-2025` view when the table's own name does not fit (the data table
 * and the summary keep the full names from the data).
 */
export const PLAN_SHORT_NAMES: Record<string, Bilingual> = {
  gdp: { zh: '地区生产总值', en: 'GDP' },
  'gdp-per-capita': { zh: '人均生产总值', en: 'GDP per capita' },
  'public-budget-revenue': { zh: '财政预算收入', en: 'Budget revenue' },
  'fixed-asset-investment': { zh: '固定资产投资', en: 'Investment' },
  'retail-sales': { zh: '社会消费品零售', en: 'Retail sales' },
  'labour-productivity': { zh: '全员劳动生产率', en: 'Productivity' },
  'digital-economy-share': { zh: '数字经济核心占比', en: 'Digital share' },
  'rd-share': { zh: '研发经费占比', en: 'R&D share' },
  'urban-income': { zh: '城镇居民收入', en: 'Urban income' },
  'rural-income': { zh: '农村居民收入', en: 'Rural income' },
  unemployment: { zh: '城镇登记失业率', en: 'Unemployment' },
  'childcare-places': { zh: '每千人口托位', en: 'Childcare/1,000' },
  doctors: { zh: '每千人医师', en: 'Doctors/1,000' },
  'elderly-care-beds': { zh: '每千老人养老床位', en: 'Care beds/1,000' },
  'life-expectancy': { zh: '人均预期寿命', en: 'Life expectancy' },
  'industrial-energy-intensity': { zh: '工业能耗降低率', en: 'Energy use cut' },
  'water-intensity': { zh: '耗水量降低率', en: 'Water use cut' },
  pm25: { zh: 'PM2.5 浓度', en: 'PM2.5' },
  'surface-water': { zh: 'Ⅲ类以上水体', en: 'Clean water' },
  'business-environment': { zh: '营商环境', en: 'Doing business' },
  'online-services': { zh: '掌上办事覆盖率', en: 'Online services' },
  'work-safety-deaths': { zh: '生产安全事故死亡率', en: 'Work deaths' },
};

/** Shorter forms of the targets the table states in words, keyed by the table's own wording. */
export const PLAN_SHORT_TEXTS: Record<string, Bilingual> = {
  与GDP增速同步: { zh: '与GDP同步', en: 'with GDP' },
  '高于 GDP增速': { zh: '高于GDP', en: '> GDP' },
  与全省缩小差距: { zh: '缩小差距', en: 'narrow gap' },
  增速全市领先: { zh: '全市领先', en: 'lead city' },
  完成省市任务: { zh: '完成任务', en: 'meet quota' },
  与全市同步: { zh: '与全市同步', en: 'with city' },
};

/** Where the long words of the group names may break when the gutter beside a phone's rows is too narrow for them. */
export const PLAN_HYPHENS: Record<string, string> = {
  Livelihoods: 'Liveli\u00adhoods',
  Environment: 'Environ\u00adment',
  Governance: 'Govern\u00adance',
};

/** Words of the view: what a cell says when the table has no number, the attributes, the column heads. */
export const PLAN_WORDS = {
  /** the table's "*" */
  unpublished: { zh: '未公布', en: 'not published' },
  /** the table's "*", in a data table cell */
  unpublishedCell: { zh: '*（暂未公布）', en: '* (not yet published)' },
  /** a cell the table leaves empty */
  blank: { zh: '—', en: '—' },
  binding: { zh: '约束性', en: 'binding' },
  expected: { zh: '预期性', en: 'expected' },
  /** the result column: nothing published in the documents */
  noResult: { zh: '未见公布', en: 'none published' },
  result: { zh: '结果', en: 'Result' },
  target: { zh: '目标', en: 'target' },
} satisfies Record<string, Bilingual>;
