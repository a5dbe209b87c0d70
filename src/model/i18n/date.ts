import type { Lang } from '../types.ts';
import { t } from './strings.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * An ISO date (YYYY-MM-DD) written out as the language writes a date in running text: "5 December 2026",
 * "2026年12月5日". No Intl: the build writes the same text whatever the ICU data of the Node that runs it.
 */
export function longDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = MONTHS[Number(match?.[2]) - 1];
  if (!match || !month) throw new RangeError(`not a date YYYY-MM-DD: "${iso}"`);
  return t('longDate', lang, { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]), month });
}
