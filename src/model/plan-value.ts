import type { Lang, PlanIndicator } from './types.ts';
import { formatNumber, formatValue } from './format.ts';

/** A number of a plan row as the story formats it, split into the figure and its unit ("23.7", "billion yuan"; "3.7%", ""). */
export function planNumber(value: number, indicator: PlanIndicator, lang: Lang): { number: string; unit: string } {
  if (!indicator.format) return { number: formatNumber(value, lang), unit: indicator.unit[lang] };
  const full = formatValue(value, indicator.format, lang);
  const space = full.indexOf(' ');
  return space < 0 ? { number: full, unit: '' } : { number: full.slice(0, space), unit: full.slice(space + 1) };
}

/** A number of the row with its unit, as story copy cites it: "350 亿元", "35 billion yuan", "5.64 个", "1.6%". */
export function planValueText(value: number, indicator: PlanIndicator, lang: Lang): string {
  const { number, unit } = planNumber(value, indicator, lang);
  return unit ? `${number} ${unit}` : number;
}
