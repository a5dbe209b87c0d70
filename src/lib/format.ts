import { format as d3format } from 'd3-format';
import type { Bound, Lang, UnitKind } from '../data/types';

const groupedInt = d3format(',d');

/** Rounds to at most `digits` decimals and drops trailing zeros: 23.60 → "23.6", 80.0 → "80". */
export function trimDecimals(value: number, digits: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  // Round in decimal, not binary: 236.5 / 10 is stored as 23.6499…, yet it is 23.65 and rounds to 23.7.
  const scale = 10 ** digits;
  const fixed = (Math.round(Number((value * scale).toPrecision(12))) / scale).toFixed(digits);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/** Thousands-grouped English number with at most `digits` decimals: 74000 → "74,000". */
function grouped(value: number, digits: number): string {
  const [int = '0', dec] = trimDecimals(value, digits).split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const body = groupedInt(Math.abs(Number(int)));
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
      return zh ? `${trimDecimals(value, 2)} 亿元` : `${grouped(value / 10, 1)} billion yuan`;
    case 'yi-usd':
      return zh ? `${trimDecimals(value, 2)} 亿美元` : `US$${grouped(value * 100, 0)} million`;
    case 'wan-yuan':
      return zh ? `${trimDecimals(value, 2)} 万元` : `${grouped(value * 10000, 0)} yuan`;
    case 'yuan':
      if (zh) return value >= 10000 && value % 1000 === 0 ? `${trimDecimals(value / 10000, 1)} 万元` : `${trimDecimals(value, 0)} 元`;
      return `${grouped(value, 0)} yuan`;
    case 'percent':
    case 'share':
      return `${trimDecimals(value, 1)}%`;
    case 'permille':
      return `${trimDecimals(value, 1)}‰`;
    case 'ratio':
      // 2.0, 1.8, 1.88: as many decimals as the figure has, at least one, so a ratio never reads as a count.
      return Number.isInteger(Math.round(value * 1000) / 100) ? value.toFixed(1) : value.toFixed(2);
    case 'count':
    case 'places':
      return zh ? trimDecimals(value, 0) : grouped(value, 0);
    case 'km2':
      return zh ? `${trimDecimals(value, 1)} 平方公里` : `${grouped(value, 1)} km²`;
    case 'wan-people':
      return zh ? `${trimDecimals(value, 2)} 万人` : `${grouped(value * 10000, 0)} people`;
    case 'wan-yuan-per-person':
      return zh ? `${trimDecimals(value, 2)} 万元/人` : `${grouped(value * 10000, 0)} yuan per person`;
    case 'times':
      return zh ? (value === 2 ? '翻番' : `${trimDecimals(value, 1)} 倍`) : value === 2 ? 'double' : `${trimDecimals(value, 1)} times`;
  }
}

/** Short tick label for an axis in the unit (no unit word): 236.48 亿 → "200" / "20". */
export function formatTick(value: number, unit: UnitKind, lang: Lang): string {
  if (lang === 'en' && unit === 'yi-yuan') return grouped(value / 10, 1);
  if (lang === 'zh' && unit === 'yuan' && value >= 10000) return `${trimDecimals(value / 10000, 1)}万`;
  if (unit === 'percent' || unit === 'share') return `${trimDecimals(value, 1)}%`;
  return formatNumber(value, lang, 2);
}

/** The unit as an axis title: 亿元 / billion yuan. */
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

/** A bound as words before the value: "at least" / "不低于"; "" for none. */
export function boundPrefix(bound: Bound | undefined, lang: Lang): string {
  if (!bound) return '';
  if (lang === 'zh') return bound === 'min' ? '不低于' : '低于';
  return bound === 'min' ? 'at least ' : 'below ';
}

/** A growth rate in percent per year: "6.1%/年" / "6.1% a year". */
export function formatRate(percent: number, lang: Lang, digits = 1): string {
  const n = trimDecimals(percent, digits);
  return lang === 'zh' ? `${n}%/年` : `${n}% a year`;
}
