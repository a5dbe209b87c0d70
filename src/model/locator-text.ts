import type { Lang } from './types.ts';

/** A locator in the page's language: "Table 1, line 145" → "表 1，第 145 行". */
export function locatorText(locator: string, lang: Lang): string {
  if (lang === 'en') return locator;
  return locator
    .replace(/^derived: /, '计算：')
    .replace(/\bTable (\d+),? /g, '表 $1，')
    .replace(/\blines (\d+)[–-](\d+)/g, '第 $1–$2 行')
    .replace(/\bline (\d+)/g, '第 $1 行')
    .replace(/^section /, '第')
    .replace(/, /g, '，');
}
