import type { Bound, Lang, UnitKind } from './types.ts';
import { boundPrefix, formatValue } from './format.ts';

/**
 * A value in its unit with its bound in words: "不低于 800 亿元" / "at least 80 billion yuan"; `format` writes the
 * value (a chart's marks pass formatMarkValue).
 */
export function boundedValue(value: number, unit: UnitKind, bound: Bound | undefined, lang: Lang, format = formatValue): string {
  const prefix = boundPrefix(bound, lang);
  const separator = prefix && lang === 'zh' ? ' ' : '';
  return `${prefix}${separator}${format(value, unit, lang)}`;
}
