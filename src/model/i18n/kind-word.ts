import type { Lang, PointKind } from '../types.ts';
import { t } from './strings.ts';

/** actual / estimate / target as a word inside a sentence or label: 预计 / estimate (lower case in English). */
export function kindWord(kind: PointKind, lang: Lang): string {
  const word = t(kind, lang);
  return lang === 'en' ? word.toLowerCase() : word;
}
