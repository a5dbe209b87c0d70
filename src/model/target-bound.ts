import type { Bound, Lang } from './types.ts';
import { boundPrefix } from './format.ts';

/** How a target stated as a bound reads before its value, with the space after it: "超过 800 亿元" / "more than 80 billion yuan"; empty for a plain target. */
export function targetBound(bound: Bound | undefined, lang: Lang): string {
  const prefix = boundPrefix(bound, lang).trim();
  return prefix ? `${prefix} ` : '';
}
