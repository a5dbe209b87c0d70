import type { Cell, Indicator, Lang, UnitKind } from '../../model/types.ts';
import { boundPrefix, formatNumber, formatRate, formatValue } from '../../model/format.ts';
import { PLANNED_RATE_COPY, SCORECARD_COPY } from './copy.ts';

/** The unit kinds Table 1's unit column maps onto, so values format as the rest of the story does. */
const UNIT_KINDS: Record<string, UnitKind> = {
  亿元: 'yi-yuan',
  元: 'yuan',
  亿美元: 'yi-usd',
  '%': 'percent',
  '‰': 'permille',
  '万元/人': 'wan-yuan-per-person',
};

/** A cell as text: its own text when the source qualifies the number, else the number in the unit. */
export function cellText(cell: Cell | undefined, indicator: Indicator, lang: Lang, withUnit = true): string | undefined {
  if (!cell) return undefined;
  if (cell.text) return cell.text[lang];
  if (cell.value === undefined) return undefined;
  const prefix = boundPrefix(cell.bound, lang);
  const sep = prefix ? SCORECARD_COPY.boundGap[lang] : '';
  const kind = UNIT_KINDS[indicator.unit.zh];
  const full = kind ? formatValue(cell.value, kind, lang) : `${formatNumber(cell.value, lang)} ${indicator.unit[lang]}`;
  // Without the unit: the number as formatted in the unit ("15.8 billion yuan" → "15.8").
  const body = withUnit ? full : (full.split(' ')[0] ?? full);
  return `${prefix}${sep}${body}`;
}

/**
 * A cell as the data table shows it, beside the unit column (the source's own unit, Table 1's): the number as the
 * source states it, not rescaled (158.45 in 100 million yuan, never the 15.8 of "15.8 billion yuan").
 */
export function tableCellText(cell: Cell | undefined, indicator: Indicator, lang: Lang): string | undefined {
  if (!cell || cell.text || cell.value === undefined) return cellText(cell, indicator, lang, false);
  const prefix = boundPrefix(cell.bound, lang);
  return `${prefix}${prefix ? SCORECARD_COPY.boundGap[lang] : ''}${formatNumber(cell.value, lang)}`;
}

/** A growth cell as a rate: "6.1%/年" / "6.1% a year"; its text when it has no plain number. */
export function rateText(cell: Cell | undefined, lang: Lang): string | undefined {
  if (!cell) return undefined;
  if (cell.text) return cell.text[lang];
  return cell.value === undefined ? undefined : formatRate(cell.value, lang);
}

/** The plan's target for 2020 as text: a level, or a growth rate. */
export function targetText(indicator: Indicator, lang: Lang): string | undefined {
  return cellText(indicator.target2020, indicator, lang) ?? rateText(indicator.targetGrowth, lang);
}

/**
 * What happened from 2015 to 2020, shortest form first when `short`: "158.45 → 236.5 亿元",
 * with the achieved and planned rates when the target was a growth rate.
 */
export function changeText(indicator: Indicator, lang: Lang, short = false): string {
  const words = SCORECARD_COPY;
  const base = indicator.base2015;
  const end = indicator.value2020;
  const numeric = base.value !== undefined && !base.text && end?.value !== undefined && !end.text;
  let change: string;
  if (numeric) change = `${cellText(base, indicator, lang, false)} → ${cellText(end, indicator, lang)}`;
  else if (end && (end.text || end.value !== undefined)) change = `${cellText(base, indicator, lang)} → ${cellText(end, indicator, lang)}`;
  else change = `${words.base2015[lang]}${cellText(base, indicator, lang)}`;
  const achieved = indicator.achievedGrowth;
  if (!achieved || achieved.value === undefined || achieved.text) return change;
  const rate = formatRate(achieved.value, lang);
  if (short) return numeric ? change : `${change}${words.rateGap[lang]}${rate}`;
  const planned = indicator.targetGrowth?.value;
  const plan = planned === undefined ? '' : PLANNED_RATE_COPY.planned[lang](formatRate(planned, lang));
  return `${change}${words.open[lang]}${rate}${plan}${words.close[lang]}`;
}
