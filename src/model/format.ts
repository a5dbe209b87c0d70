import type { Bilingual, Bound, Lang, UnitKind } from './types.ts';

/** From 2^52 on every double is a whole number: there are no decimals left to round. */
const WHOLE = 2 ** 52;

/**
 * `value × 10^shift` rounded to `digits` decimals and written out with exactly that many decimals
 * ("-1234.50"), in positional notation: never an exponent, however large or small the value.
 * Rounds in decimal, half away from zero, so -x always reads as x with a minus sign.
 * The shift converts units (10^4 yuan in a 万元) without the product overflowing a double.
 * Throws a RangeError when `value` is NaN or ±Infinity.
 */
function fixedDecimals(value: number, digits: number, shift = 0): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const zeros = digits > 0 ? `.${'0'.repeat(digits)}` : '';
  const shifted = shift < 0 ? value / 10 ** -shift : value * 10 ** shift;
  // Too large for a double after the unit conversion: the value is a whole number, so shift its digits.
  if (!Number.isFinite(shifted)) return `${wholeDigits(value)}${'0'.repeat(shift)}${zeros}`;
  if (Math.abs(shifted) >= WHOLE) return `${wholeDigits(shifted)}${zeros}`;
  const scale = 10 ** digits;
  const scaled = Math.abs(shifted) * scale;
  // Round in decimal, not binary: 236.5 / 10 is stored as 23.6499…, yet it is 23.65 and rounds to 23.7.
  // 15 significant digits are what a double holds faithfully; beyond them there is no binary noise to drop.
  const rounded = Math.round(scaled < 1e15 ? Number(scaled.toPrecision(15)) : scaled);
  const fixed = (rounded / scale).toFixed(digits);
  return shifted < 0 && /[1-9]/.test(fixed) ? `-${fixed}` : fixed;
}

/**
 * A whole number in positional notation: the digits JavaScript writes for it (the shortest that read back
 * as the same double), then zeros. 1e25 → "10000000000000000000000000", where toFixed writes "1e+25"
 * and BigInt the binary value, "10000000000000000905969664".
 */
function wholeDigits(value: number): string {
  const sign = value < 0 ? '-' : '';
  const written = String(Math.abs(value));
  const exp = /^(\d)(?:\.(\d+))?e\+(\d+)$/.exec(written);
  if (!exp) return `${sign}${written}`;
  const [, first = '', rest = '', power = '0'] = exp;
  return `${sign}${first}${rest}${'0'.repeat(Number(power) - rest.length)}`;
}

/** Drops trailing decimal zeros and a bare decimal point: "80.0" → "80", "23.60" → "23.6". */
const trimZeros = (fixed: string): string => (fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed);

/** Rounds to at most `digits` decimals and drops trailing zeros: 23.60 → "23.6", 80.0 → "80". */
export function trimDecimals(value: number, digits: number): string {
  return trimZeros(fixedDecimals(value, digits));
}

/** Thousands-grouped English number of `value × 10^shift` with at most `digits` decimals: 74000 → "74,000". */
function grouped(value: number, digits: number, shift = 0): string {
  const [int = '0', dec] = trimZeros(fixedDecimals(value, digits, shift)).split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const body = int.slice(sign.length).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}${body}${dec ? `.${dec}` : ''}`;
}

/** A number alone, as the language writes it (no unit): 236.48 / 236.48; 52862 / 52,862. */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  return lang === 'en' ? grouped(value, digits) : trimDecimals(value, digits);
}

/** Formats an amount in its unit for the language: 236.48 亿元 / 23.6 billion yuan. */
export function formatValue(value: number, unit: UnitKind, lang: Lang): string {
  const zh = lang === 'zh';
  switch (unit) {
    case 'yi-yuan':
      return zh ? `${trimDecimals(value, 2)} 亿元` : `${grouped(value, 1, -1)} billion yuan`;
    case 'yi-usd':
      return zh ? `${trimDecimals(value, 2)} 亿美元` : `US$${grouped(value, 0, 2)} million`;
    case 'wan-yuan':
      if (zh) return `${trimDecimals(value, 2)} 万元`;
      // From a million yuan on, English counts in millions: 2000 万元 is "20 million yuan", not "20,000,000 yuan".
      return value >= 100 ? `${grouped(value, 2, -2)} million yuan` : `${grouped(value, 0, 4)} yuan`;
    case 'yuan':
      if (zh) return value >= 10000 && value % 1000 === 0 ? `${trimDecimals(value / 10000, 1)} 万元` : `${trimDecimals(value, 0)} 元`;
      return `${grouped(value, 0)} yuan`;
    case 'percent':
    case 'share':
      return `${trimDecimals(value, 1)}%`;
    case 'permille':
      return `${trimDecimals(value, 1)}‰`;
    case 'ratio': {
      // 2.0, 1.8, 1.88: as many decimals as the figure has (up to two), at least one, so a ratio never reads as a count.
      const fixed = fixedDecimals(value, 2);
      return fixed.endsWith('0') ? fixed.slice(0, -1) : fixed;
    }
    case 'count':
    case 'places':
      return zh ? trimDecimals(value, 0) : grouped(value, 0);
    case 'km2':
      return zh ? `${trimDecimals(value, 1)} 平方公里` : `${grouped(value, 1)} km²`;
    case 'wan-people':
      return zh ? `${trimDecimals(value, 2)} 万人` : `${grouped(value, 0, 4)} people`;
    case 'wan-yuan-per-person':
      return zh ? `${trimDecimals(value, 2)} 万元/人` : `${grouped(value, 0, 4)} yuan per person`;
    case 'times':
      return zh ? (value === 2 ? '翻番' : `${trimDecimals(value, 1)} 倍`) : value === 2 ? 'double' : `${trimDecimals(value, 1)} times`;
  }
}

/** Short tick label for an axis in the unit (no unit word): 236.48 亿 → "200" / "20". */
export function formatTick(value: number, unit: UnitKind, lang: Lang): string {
  if (lang === 'en' && unit === 'yi-yuan') return grouped(value, 1, -1);
  if (lang === 'zh' && unit === 'yuan' && value >= 10000) return `${trimDecimals(value / 10000, 1)}万`;
  if (unit === 'percent' || unit === 'share') return `${trimDecimals(value, 1)}%`;
  return formatNumber(value, lang, 2);
}

/** The unit as an axis title: 亿元 / billion yuan. */
/**
 * A value as a chart's marks write it: as formatValue, but an amount of yuan always in whole yuan, so a chart
 * never sets "50755 元" beside "7.4 万元" (how prose, following the documents, writes a round target).
 */
export function formatMarkValue(value: number, unit: UnitKind, lang: Lang): string {
  return unit === 'yuan' ? `${formatNumber(value, lang, 0)} ${unitLabel('yuan', lang)}` : formatValue(value, unit, lang);
}

export function unitLabel(unit: UnitKind, lang: Lang): string {
  const labels: Record<UnitKind, [string, string]> = {
    'yi-yuan': ['亿元', 'billion yuan'],
    'yi-usd': ['亿美元', 'million US dollars'],
    'wan-yuan': ['万元', 'yuan'],
    yuan: ['元', 'yuan'],
    percent: ['%', '%'],
    share: ['%', '%'],
    permille: ['‰', '‰'],
    ratio: ['倍', 'ratio'],
    count: ['个', 'count'],
    places: ['个', 'places'],
    km2: ['平方公里', 'km²'],
    'wan-people': ['万人', 'people'],
    'wan-yuan-per-person': ['万元/人', 'yuan per person'],
    times: ['倍', 'times'],
  };
  return labels[unit][lang === 'zh' ? 0 : 1];
}

const BOUND_WORDS: Record<Bound, [zh: string, en: string]> = {
  min: ['不低于', 'at least '],
  max: ['不超过', 'at most '],
  over: ['超过', 'more than '],
  under: ['低于', 'below '],
};

/** A bound as words before the value: "at least" / "不低于", "at most" / "不超过"; "" for none. */
export function boundPrefix(bound: Bound | undefined, lang: Lang): string {
  if (!bound) return '';
  return BOUND_WORDS[bound][lang === 'zh' ? 0 : 1];
}

/** Whether a bound is a floor (the value is to be reached or passed) rather than a ceiling. */
export const isFloorBound = (bound: Bound | undefined): boolean => bound === 'min' || bound === 'over';

/** A growth rate in percent per year: "6.1%/年" / "6.1% a year". */
export function formatRate(percent: number, lang: Lang, digits = 1): string {
  const n = trimDecimals(percent, digits);
  return lang === 'zh' ? `${n}%/年` : `${n}% a year`;
}

/** A name as it reads inside a sentence: English names lose their capital ("Per-capita income"), Chinese ones stay. */
export function nameInSentence(name: Bilingual, lang: Lang): string {
  return lang === 'en' ? name.en.charAt(0).toLowerCase() + name.en.slice(1) : name.zh;
}
