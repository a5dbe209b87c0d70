import type { Bound, Lang } from '../../data/types';

/**
 * How a target stated as a bound reads before its value: "突破 800 亿元" / "at least 80 billion yuan",
 * "低于 1.8" / "below 1.8"; empty for a plain target. (The zh minimum follows the sources' 突破.)
 */
export function targetBound(bound: Bound | undefined, lang: Lang): string {
  if (!bound) return '';
  if (lang === 'zh') return bound === 'min' ? '突破 ' : '低于 ';
  return bound === 'min' ? 'at least ' : 'below ';
}
