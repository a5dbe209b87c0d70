import type { ChartText, LegendItem } from '../kit/chart-text.ts';
import type { Lang, Source } from '../../model/types.ts';
import { formatValue, isFloorBound, trimDecimals, unitLabel } from '../../model/format.ts';
import { cagr } from '../../model/growth.ts';
import { t } from '../../model/i18n/strings.ts';
import { sourcePlace } from '../../model/source-line.ts';
import { targetBound } from '../../model/target-bound.ts';
import type { PastRate, StatedValue, TrackerInput } from './inputs.ts';
import type { Basis } from './views.ts';
import { MEANING_COLOR } from '../kit/marks/grammar.ts';
import {
  COMPUTED_COPY,
  COMPUTED_FROM_COPY,
  PHRASE_COPY,
  RATE_LABEL_COPY,
  READING_COPY,
  SHORT_READING_COPY,
  TRACKER_COPY,
  TRACKER_SENTENCES,
  WORD_COPY,
  type TrackerFacts,
} from './copy.ts';

/** The colour of each rate's value label: its meaning's (an achieved rate's in the text colour). */
export const TONES = { required: MEANING_COLOR.required, achieved: 'fg', planned: MEANING_COLOR.planned } as const;

const pct = (n: number) => `${trimDecimals(n, 1)}%`;

/** Years a rate covers as sources count them: growth from 2015 to 2020 is "2016—2020". */
export const period = (from: number, to: number, lang: Lang) => `${from + 1}${TRACKER_COPY.dash[lang]}${to}`;

/** The constant annual growth in percent that takes the baseline to the target. */
export const requiredRate = (input: TrackerInput) =>
  cagr(input.baseline.value, input.target.value, input.target.year - input.baseline.year);

export const isFloor = (input: TrackerInput) => isFloorBound(input.target.bound);

export function basisWord(basis: Basis, lang: Lang): string {
  return TRACKER_COPY[basis][lang];
}

/** A stated value with its bound: "突破 800 亿元" / "at least 80 billion yuan". */
export const stated = (v: StatedValue, input: TrackerInput, lang: Lang) =>
  targetBound(v.bound, lang) + formatValue(v.value, input.unit, lang);

/** The label of a rate's row: "城镇居民 2017—2021 实际（可比价）" / "Urban residents, 2017–2021, achieved". */
export function rateLabel(r: PastRate, lang: Lang): { main: string; qualifier: string } {
  const years = period(r.from, r.to, lang);
  const main = RATE_LABEL_COPY.main[lang]({ who: r.who, years, kind: TRACKER_COPY[r.kind] });
  const qualifier = r.basis ? WORD_COPY.qualifier[lang](basisWord(r.basis, lang)) : '';
  return { main, qualifier };
}

export function requiredLabel(input: TrackerInput, lang: Lang): { main: string; qualifier: string } {
  const years = period(input.baseline.year, input.target.year, lang);
  const b = input.requiredBasis;
  return {
    main: WORD_COPY.required[lang](years),
    qualifier: b ? WORD_COPY.qualifier[lang](basisWord(b, lang)) : '',
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
    return PHRASE_COPY.phrase[lang]({
      rate: pct(r.value),
      years,
      kind: r.kind,
      who: r.who,
      basis: r.basis ? WORD_COPY.atBasis[lang](basisWord(r.basis, lang)) : '',
      samePeriod: !!samePeriod,
      sameWho: !!sameWho,
      sameKind: !!prev && prev.kind === r.kind && !r.who,
    });
  });
}

/**
 * How the required rate compares with each past rate, as a sentence. Rates within 0.05 points are "about the
 * same". Only rates at the required rate's prices are compared; one at other prices is named as not comparable.
 */
export function reading(input: TrackerInput, lang: Lang, short = false): string {
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
  return (short ? SHORT_READING_COPY : READING_COPY).reading[lang]({ above, below, same, unlike });
}

/** The numbers of the view that its sentences are written from. */
function facts(input: TrackerInput, lang: Lang): TrackerFacts {
  const { baseline, target } = input;
  return {
    subject: input.subject[lang],
    need: pct(requiredRate(input)),
    floor: isFloor(input),
    baselineYear: baseline.year,
    baseline: stated(baseline, input, lang),
    baselineKind: baseline.kind,
    targetYear: target.year,
    target: stated(target, input, lang),
    plain: formatValue(target.value, input.unit, lang),
  };
}

function notes(input: TrackerInput, lang: Lang): string[] {
  const out = [TRACKER_COPY.formulaNote[lang]];
  if (isFloor(input)) out.push(TRACKER_COPY.floorNote[lang]);
  if (input.requiredBasis === 'current' && input.rates.some((r) => r.basis === 'comparable')) out.push(TRACKER_COPY.pricesNote[lang]);
  for (const r of input.rates.filter((x) => x.computedFrom)) {
    const [a, b] = r.computedFrom ?? [];
    if (!a || !b) continue;
    out.push(
      COMPUTED_COPY.note[lang]({
        rate: pct(r.value),
        years: period(r.from, r.to, lang),
        aYear: a.year,
        a: stated(a, input, lang),
        bYear: b.year,
        b: stated(b, input, lang),
      }),
    );
  }
  return [...out, ...input.notes.map((n) => n[lang])];
}

function legend(input: TrackerInput, lang: Lang): LegendItem[] {
  const items: LegendItem[] = [{ label: TRACKER_COPY.requiredLegend[lang], swatch: 'required' }];
  if (input.rates.some((r) => r.kind === 'achieved'))
    items.push({ label: TRACKER_COPY.achievedLegend[lang], swatch: 'square', color: MEANING_COLOR.actual });
  if (input.rates.some((r) => r.kind === 'planned')) items.push({ label: TRACKER_COPY.plannedLegend[lang], swatch: 'planned' });
  return items;
}

/** How a computed rate was found, for the CSV: the two stated values it runs between. */
function computedFrom(a: StatedValue, b: StatedValue, sources: Record<string, Source>, lang: Lang): string {
  return COMPUTED_FROM_COPY.locator[lang]({
    aYear: a.year,
    a: sourcePlace(a, sources, lang),
    bYear: b.year,
    b: sourcePlace(b, sources, lang),
  });
}

/**
 * The frame's text for a tracker view: title, reading, summary, legend, notes, sources and table. A narrow plot's
 * subtitle gives the reading in counts (`shortReading`), leaving the height to the bars that give each rate.
 */
export function trackerText(input: TrackerInput, lang: Lang, sources: Record<string, Source> = {}, shortReading = false): ChartText {
  const { baseline, target } = input;
  const said = facts(input, lang);
  const need = said.need;
  const rateText = (n: string) => WORD_COPY.perYear[lang](n);
  const from = TRACKER_SENTENCES.from[lang](said);
  const computed = TRACKER_COPY.computed[lang];
  return {
    title: TRACKER_SENTENCES.title[lang](said),
    subtitle: reading(input, lang, shortReading),
    summary: `${from}${TRACKER_COPY.sentenceGap[lang]}${reading(input, lang)}`,
    legend: legend(input, lang),
    notes: notes(input, lang),
    sourceIds: [...new Set([baseline.source, target.source, ...input.rates.map((r) => r.source)])],
    table: {
      columns: TRACKER_COPY.columns[lang],
      rows: [
        [t(baseline.kind, lang), String(baseline.year), stated(baseline, input, lang), sourcePlace(baseline, sources, lang)],
        [t('target', lang), String(target.year), stated(target, input, lang), sourcePlace(target, sources, lang)],
        [requiredLabel(input, lang).main, period(baseline.year, target.year, lang), rateText((isFloor(input) ? '≥' : '') + need), computed],
        ...input.rates.map((r) => {
          const l = rateLabel(r, lang);
          return [
            l.main + l.qualifier,
            period(r.from, r.to, lang),
            rateText(pct(r.value)),
            r.computedFrom ? computed : sourcePlace(r, sources, lang),
          ];
        }),
      ],
      refs: [
        { unit: unitLabel(input.unit, lang), source: baseline.source, locator: baseline.locator, value: baseline.value },
        { unit: unitLabel(input.unit, lang), source: target.source, locator: target.locator, value: target.value },
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
