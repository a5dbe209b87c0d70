import type { Lang } from '../types.ts';

/** The languages the charts and the story are written in; the first is the default. */
export const LANGS: readonly Lang[] = ['zh', 'en'];

/**
 * The language a `lang` value names, by its primary subtag (`zh-Hans` → zh, `en-GB` → en), or undefined for one
 * the charts are not written in (`fr`, `''`, `__proto__`).
 */
export function langOf(value: string | null | undefined): Lang | undefined {
  const primary = (value ?? '').trim().toLowerCase().split('-')[0];
  return LANGS.find((lang) => lang === primary);
}
