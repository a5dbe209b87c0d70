import type { Lang, PlanCell, PlanIndicator } from '../../model/types.ts';
import { planNumber, planValueText } from '../../model/plan-value.ts';
import { PLAN_GROWTH_COPY, PLAN_SHORT_NUMBER_COPY } from './copy.ts';
import { PLAN_SHORT_TEXTS, PLAN_WORDS } from './plan-strings.ts';

/** The unit a row's numbers are shown in (that of its target, else its base), or the table's own unit. */
export function planUnit(indicator: PlanIndicator, lang: Lang): string {
  const value = indicator.target.value ?? indicator.base?.value;
  const unit = value === undefined ? '' : planNumber(value, indicator, lang).unit;
  return unit || indicator.unit[lang];
}

/**
 * A number as compactly as it reads without its unit: the figure, with the scale where leaving it out would
 * mislead (14.5 万 of 145000 元 is "14.5万", not "14.5"; 35 billion yuan is "35bn").
 */
export function planShortNumber(value: number, indicator: PlanIndicator, lang: Lang): string {
  const { number } = planNumber(value, indicator, lang);
  const short = indicator.format && PLAN_SHORT_NUMBER_COPY[indicator.format];
  return short ? short[lang]({ value, number }) : number;
}

const signed = (value: number, text: string): string => (value >= 0 ? `+${text}` : text);

/**
 * A cell as the chart writes it: `full` in words and, with `unit`, a number in its unit ("增长 3.7%",
 * "3.7% growth", "未公布", "350 亿元", "growing in step with GDP"); `short` as compactly as it reads ("+3.7%",
 * "*", "35bn", "with GDP").
 */
export function planCellText(
  cell: PlanCell | undefined,
  indicator: PlanIndicator,
  lang: Lang,
  form: 'full' | 'short',
  unit = false,
): string {
  if (!cell) return PLAN_WORDS.blank[lang];
  if (cell.unpublished) return form === 'short' ? '*' : PLAN_WORDS.unpublished[lang];
  if (cell.text) return form === 'short' ? (PLAN_SHORT_TEXTS[cell.text.zh]?.[lang] ?? cell.text[lang]) : cell.text[lang];
  const value = cell.value ?? 0;
  if (indicator.measure === 'growth') {
    const { number } = planNumber(value, indicator, lang);
    if (form === 'short') return signed(value, number);
    return PLAN_GROWTH_COPY.growth[lang](number);
  }
  if (form === 'short') return planShortNumber(value, indicator, lang);
  return unit ? planValueText(value, indicator, lang) : planNumber(value, indicator, lang).number;
}

/** A cell for the data table and the summary: the number with its unit, a growth rate in words, or the table's words. */
export function planCellWithUnit(cell: PlanCell | undefined, indicator: PlanIndicator, lang: Lang): string {
  if (!cell) return PLAN_WORDS.blank[lang];
  if (cell.unpublished) return PLAN_WORDS.unpublishedCell[lang];
  if (cell.text || indicator.measure === 'growth') return planCellText(cell, indicator, lang, 'full');
  return planValueText(cell.value ?? 0, indicator, lang);
}
