import type { Bound, Lang, UnitKind } from './types.ts';
import { boundPrefix, formatValue } from './format.ts';

/** A value in its unit with its bound in words: "不低于 800 亿元" / "at least 80 billion yuan". */
export function boundedValue(value: number, unit: UnitKind, bound: Bound | undefined, lang: Lang): string {
  const prefix = boundPrefix(bound, lang);
  const separator = prefix && lang === 'zh' ? ' ' : '';
  return `${prefix}${separator}${formatValue(value, unit, lang)}`;
}
