import type { ChartText, LegendItem } from '../kit/chart-text.ts';
import type { Lang, Source, SourceRef } from '../../model/types.ts';
import { formatValue, isFloorBound, trimDecimals, unitLabel } from '../../model/format.ts';
import { cagr } from '../../model/growth.ts';
import { t } from '../../model/i18n/strings.ts';
import { targetBound } from '../../model/target-bound.ts';
import type { PastRate, StatedValue, TrackerInput } from './inputs.ts';
import type { Basis } from './views.ts';
import { KIND_COLOR } from '../kit/marks/kinds.ts';

export const TONES = { required: KIND_COLOR.target, achieved: KIND_COLOR.actual, planned: 'var(--_muted)' } as const;

const pct = (n: number) => `${trimDecimals(n, 1)}%`;
const dash = (lang: Lang) => (lang === 'zh' ? '—' : '–');

/** Years a rate covers as sources count them: growth from 2015 to 2020 is "2016—2020". */
export const period = (from: number, to: number, lang: Lang) => `${from + 1}${dash(lang)}${to}`;

/** The constant annual growth in percent that takes the baseline to the target. */
export const requiredRate = (input: TrackerInput) =>
  cagr(input.baseline.value, input.target.value, input.target.year - input.baseline.year);

export const isFloor = (input: TrackerInput) => isFloorBound(input.target.bound);

export function basisWord(basis: Basis, lang: Lang): string {
  if (lang === 'zh') return basis === 'comparable' ? '可比价' : '当年价';
  return basis === 'comparable' ? 'comparable prices' : 'current prices';
}

/** A stated value with its bound: "突破 800 亿元" / "at least 80 billion yuan". */
export const stated = (v: StatedValue, input: TrackerInput, lang: Lang) =>
  targetBound(v.bound, lang) + formatValue(v.value, input.unit, lang);

/** The label of a rate's row: "城镇居民 2017—2021 实际（可比价）" / "Urban residents, 2017–2021, achieved". */
export function rateLabel(r: PastRate, lang: Lang): { main: string; qualifier: string } {
  const years = period(r.from, r.to, lang);
  const kind = lang === 'zh' ? (r.kind === 'achieved' ? '实际' : '规划') : r.kind;
  const main = lang === 'zh' ? `${r.who?.zh ?? ''}${r.who ? ' ' : ''}${years} ${kind}` : `${r.who ? `${r.who.en}, ` : ''}${years} ${kind}`;
  const qualifier = r.basis ? (lang === 'zh' ? `（${basisWord(r.basis, lang)}）` : ` (${basisWord(r.basis, lang)})`) : '';
  return { main, qualifier };
}

export function requiredLabel(input: TrackerInput, lang: Lang): { main: string; qualifier: string } {
  const years = period(input.baseline.year, input.target.year, lang);
  const b = input.requiredBasis;
  return {
    main: lang === 'zh' ? `所需 ${years}` : `Required, ${years}`,
    qualifier: b ? (lang === 'zh' ? `（${basisWord(b, lang)}）` : ` (${basisWord(b, lang)})`) : '',
  };
}

/**
 * Each past rate as a phrase of the reading; a period, kind or subject already named by the phrase before
 * is not repeated ("2016—2020 年实际的 6.1%（可比价）、规划的 7%（可比价）").
 */
function phrases(rates: PastRate[], lang: Lang): string[] {
  return rates.map((r, i) => {
    const prev = rates[i - 1];
    const years = period(r.from, r.to, lang);
    const samePeriod = prev && prev.from === r.from && prev.to === r.to;
    const sameWho = prev && prev.who?.en === r.who?.en;
    const basis = r.basis ? (lang === 'zh' ? `（${basisWord(r.basis, lang)}）` : ` at ${basisWord(r.basis, lang)}`) : '';
    if (lang === 'zh') {
      const kind = r.kind === 'achieved' ? '实际' : '规划';
      return `${samePeriod ? '' : `${years} 年`}${sameWho ? '' : (r.who?.zh ?? '')}${kind}的 ${pct(r.value)}${basis}`;
    }
    const whose = r.who && !(sameWho && samePeriod) ? ` for ${r.who.en.toLowerCase()}` : '';
    const kind = prev && prev.kind === r.kind && !r.who ? '' : ` ${r.kind}`;
    return `the ${pct(r.value)}${kind}${whose}${samePeriod ? '' : ` in ${years}`}${basis}`;
  });
}

function list(items: string[], lang: Lang): string {
  if (lang === 'zh') return items.join('、');
  if (items.length < 3) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * How the required rate compares with each past rate, as a sentence. Rates within 0.05 points are "about the
 * same". Only rates at the required rate's prices are compared; one at other prices is named as not comparable.
 */
export function reading(input: TrackerInput, lang: Lang): string {
  const need = requiredRate(input);
  const alike = (r: PastRate) => !input.requiredBasis || !r.basis || r.basis === input.requiredBasis;
  const group = (keep: (r: PastRate) => boolean) =>
    phrases(
      input.rates.filter((r) => alike(r) && keep(r)),
      lang,
    );
  const above = group((r) => need > r.value + 0.05);
  const below = group((r) => need < r.value - 0.05);
  const same = group((r) => Math.abs(need - r.value) <= 0.05);
  const unlike = phrases(
    input.rates.filter((r) => !alike(r)),
    lang,
  );
  if (lang === 'zh') {
    const parts = [
      above.length ? `高于 ${list(above, lang)}` : '',
      below.length ? `低于 ${list(below, lang)}` : '',
      same.length ? `与 ${list(same, lang)}持平` : '',
    ].filter(Boolean);
    const apart = unlike.length ? `${parts.length ? '' : '所需增速'}与 ${list(unlike, lang)}价格口径不同，不能直接比较。` : '';
    return `${parts.length ? `所需增速${parts.join('；')}。` : ''}${apart}`;
  }
  const parts = [
    above.length ? `faster than ${list(above, lang)}` : '',
    below.length ? `slower than ${list(below, lang)}` : '',
    same.length ? `about the same as ${list(same, lang)}` : '',
  ].filter(Boolean);
  const apart = unlike.length
    ? `${parts.length ? ' ' : ''}It cannot be compared directly with ${list(unlike, lang)}, ${unlike.length > 1 ? 'which exclude' : 'which excludes'} price changes.`
    : '';
  return `${parts.length ? `That is ${parts.join('; ')}.` : ''}${apart}`;
}

function title(input: TrackerInput, lang: Lang): string {
  const { target, subject } = input;
  const need = pct(requiredRate(input));
  const plain = formatValue(target.value, input.unit, lang);
  if (lang === 'zh') {
    return `${subject.zh} ${target.year} 年${isFloor(input) ? '突破' : '达到'} ${plain}，需年均增长 ${need}${isFloor(input) ? ' 以上' : ''}`;
  }
  const s = `To ${isFloor(input) ? 'pass' : 'reach'} ${plain} by ${target.year}, ${subject.en} must grow ${isFloor(input) ? 'at least ' : ''}${need} a year`;
  return s;
}

function notes(input: TrackerInput, lang: Lang): string[] {
  const out = [
    lang === 'zh'
      ? '所需增速按复利计算：（目标 ÷ 基数）^（1 ÷ 年数）− 1。'
      : 'The required rate is the constant yearly growth that takes the baseline to the target: (target ÷ baseline)^(1 ÷ years) − 1.',
  ];
  if (isFloor(input)) {
    out.push(
      lang === 'zh'
        ? '目标是下限（“突破”），所示为最低所需增速。'
        : 'The target is a floor, so the rate shown is the least that is needed.',
    );
  }
  if (input.requiredBasis === 'current' && input.rates.some((r) => r.basis === 'comparable')) {
    out.push(
      lang === 'zh'
        ? '所需增速由当年价数值算出，含价格变动；按可比价计算的增速不含价格变动，两者不能直接比较。'
        : 'The required rate comes from current-price values and includes price changes; growth at comparable prices excludes them, so the two do not compare directly.',
    );
  }
  for (const r of input.rates.filter((x) => x.computedFrom)) {
    const [a, b] = r.computedFrom ?? [];
    if (!a || !b) continue;
    out.push(
      lang === 'zh'
        ? `${period(r.from, r.to, lang)} 年按当年价的增速 ${pct(r.value)} 由 ${a.year} 年的 ${stated(a, input, lang)}和 ${b.year} 年的 ${stated(b, input, lang)}算出。`
        : `The ${pct(r.value)} a year at current prices for ${period(r.from, r.to, lang)} is computed from ${stated(a, input, lang)} in ${a.year} and ${stated(b, input, lang)} in ${b.year}.`,
    );
  }
  return [...out, ...input.notes.map((n) => n[lang])];
}

function legend(input: TrackerInput, lang: Lang): LegendItem[] {
  const items: LegendItem[] = [{ label: lang === 'zh' ? '所需增速' : 'Required', swatch: 'square', color: TONES.required }];
  if (input.rates.some((r) => r.kind === 'achieved'))
    items.push({ label: lang === 'zh' ? '实际增速' : 'Achieved', swatch: 'square', color: TONES.achieved });
  if (input.rates.some((r) => r.kind === 'planned'))
    items.push({ label: lang === 'zh' ? '规划增速' : 'Planned', swatch: 'hatched', color: TONES.planned });
  return items;
}

function where(ref: SourceRef, sources: Record<string, Source>, lang: Lang): string {
  const s = sources[ref.source];
  const who = s ? (lang === 'zh' ? `${s.issuer.zh}（${s.date}）` : `${s.issuer.en} (${s.date})`) : ref.source;
  return lang === 'zh' ? `${who}，${ref.locator}` : `${who}, ${ref.locator}`;
}

/** How a computed rate was found, for the CSV: the two stated values it runs between. */
function computedFrom(a: StatedValue, b: StatedValue, sources: Record<string, Source>, lang: Lang): string {
  return lang === 'zh'
    ? `由 ${a.year} 年（${where(a, sources, lang)}）与 ${b.year} 年（${where(b, sources, lang)}）的数值计算`
    : `computed from ${a.year} (${where(a, sources, lang)}) and ${b.year} (${where(b, sources, lang)})`;
}

/** The frame's text for a tracker view: title, reading, summary, legend, notes, sources and table. */
export function trackerText(input: TrackerInput, lang: Lang, sources: Record<string, Source> = {}): ChartText {
  const { baseline, target } = input;
  const need = pct(requiredRate(input));
  const rateText = (n: string) => (lang === 'zh' ? `${n}/年` : `${n} a year`);
  const from =
    lang === 'zh'
      ? `从 ${baseline.year} 年的 ${stated(baseline, input, lang)}（${t(baseline.kind, lang)}）到 ${target.year} 年的 ${stated(target, input, lang)}（目标），需年均增长 ${need}${isFloor(input) ? ' 以上' : ''}。`
      : `From ${stated(baseline, input, lang)} in ${baseline.year} (${t(baseline.kind, lang).toLowerCase()}) to ${stated(target, input, lang)} in ${target.year} (target) takes ${isFloor(input) ? 'at least ' : ''}${need} a year.`;
  const computed = lang === 'zh' ? '计算' : 'computed';
  return {
    title: title(input, lang),
    subtitle: reading(input, lang),
    summary: `${from}${lang === 'zh' ? '' : ' '}${reading(input, lang)}`,
    legend: legend(input, lang),
    notes: notes(input, lang),
    sourceIds: [...new Set([baseline.source, target.source, ...input.rates.map((r) => r.source)])],
    table: {
      columns: lang === 'zh' ? ['项目', '年份', '数值', '来源'] : ['Item', 'Years', 'Value', 'Source'],
      rows: [
        [t(baseline.kind, lang), String(baseline.year), stated(baseline, input, lang), where(baseline, sources, lang)],
        [t('target', lang), String(target.year), stated(target, input, lang), where(target, sources, lang)],
        [requiredLabel(input, lang).main, period(baseline.year, target.year, lang), rateText((isFloor(input) ? '≥' : '') + need), computed],
        ...input.rates.map((r) => {
          const l = rateLabel(r, lang);
          return [
            l.main + l.qualifier,
            period(r.from, r.to, lang),
            rateText(pct(r.value)),
            r.computedFrom ? computed : where(r, sources, lang),
          ];
        }),
      ],
      refs: [
        { unit: unitLabel(input.unit, lang), source: baseline.source, locator: baseline.locator },
        { unit: unitLabel(input.unit, lang), source: target.source, locator: target.locator },
        { unit: rateText('%'), source: '', locator: computedFrom(baseline, target, sources, lang) },
        ...input.rates.map((r) => ({
          unit: rateText('%'),
          source: r.computedFrom ? '' : r.source,
          locator: r.computedFrom ? computedFrom(r.computedFrom[0], r.computedFrom[1], sources, lang) : r.locator,
        })),
      ],
    },
  };
}
