import type { Bilingual, Bound, Dataset, PointKind, SourceRef, UnitKind } from '../../model/types.ts';
import { cagr } from '../../model/growth.ts';
import { TRACKER_VIEWS, type Basis, type RateRef, type ValueRef, type View } from './views.ts';

/** A value a source states for a year: the baseline or the target. */
export interface StatedValue extends SourceRef {
  year: number;
  value: number;
  kind: PointKind;
  bound?: Bound;
  scope?: string;
}

/** A growth rate of the past, in percent a year, over the years from `from` to `to`. */
export interface PastRate extends SourceRef {
  kind: 'achieved' | 'planned';
  from: number;
  to: number;
  value: number;
  /** Whose rate it is, when not the target's own subject (urban residents…). */
  who?: Bilingual;
  basis?: Basis;
  /** The two values a computed rate was derived from. */
  computedFrom?: [StatedValue, StatedValue];
}

/** Everything a tracker view draws, looked up from data: the layout takes this and nothing else. */
export interface TrackerInput {
  view: View;
  subject: Bilingual;
  unit: UnitKind;
  baseline: StatedValue;
  target: StatedValue;
  rates: PastRate[];
  requiredBasis?: Basis;
  notes: Bilingual[];
}

type Datasets = Record<string, Dataset>;

function dataset<T extends Dataset['type']>(datasets: Datasets, id: string, type: T): Extract<Dataset, { type: T }> {
  const d = datasets[id];
  if (!d) throw new Error(`tracker: unknown dataset "${id}"`);
  if (d.type !== type) throw new Error(`tracker: dataset "${id}" is of type ${d.type}, not ${type}`);
  return d as Extract<Dataset, { type: T }>;
}

function series(datasets: Datasets, id: string, seriesId: string) {
  const s = dataset(datasets, id, 'series').series.find((x) => x.id === seriesId);
  if (!s) throw new Error(`tracker: dataset "${id}" has no series "${seriesId}"`);
  return s;
}

/** A stated value and its unit. */
function value(datasets: Datasets, ref: ValueRef): { v: StatedValue; unit: UnitKind } {
  if ('figure' in ref) {
    const f = dataset(datasets, ref.dataset, 'figures').figures.find((x) => x.id === ref.figure);
    if (!f) throw new Error(`tracker: dataset "${ref.dataset}" has no figure "${ref.figure}"`);
    const { year, value: n, kind, bound, source, locator } = f;
    return { v: { year, value: n, kind, source, locator, ...(bound ? { bound } : {}) }, unit: f.unit };
  }
  const p = series(datasets, ref.dataset, ref.series).points.find((x) => x.year === ref.year);
  if (!p) throw new Error(`tracker: series "${ref.dataset}/${ref.series}" has no point in ${ref.year}`);
  const { year, value: n, kind, bound, scope, source, locator } = p;
  return {
    v: { year, value: n, kind, source, locator, ...(bound ? { bound } : {}), ...(scope ? { scope } : {}) },
    unit: dataset(datasets, ref.dataset, 'series').unit,
  };
}

function rate(datasets: Datasets, ref: RateRef, who: Bilingual | undefined, basis: Basis | undefined): PastRate {
  const [from, to] = ref.period;
  const extra = { ...(who ? { who } : {}), ...(basis ? { basis } : {}) };
  const where = `${ref.dataset} ${from}–${to}`;
  if (ref.type === 'growth') {
    const g = series(datasets, ref.dataset, ref.series).growth?.find((x) => x.from === from && x.to === to);
    const n = g?.[ref.field];
    if (!g || n === undefined) throw new Error(`tracker: no ${ref.field} growth for ${ref.series} in ${where}`);
    return { kind: ref.field, from, to, value: n, source: g.source, locator: g.locator, ...extra };
  }
  if (ref.type === 'scorecard') {
    const ind = dataset(datasets, ref.dataset, 'scorecard').indicators.find(
      (x) => x.id === ref.indicator || x.name.zh === ref.indicator || x.name.en === ref.indicator,
    );
    const n = (ref.field === 'achieved' ? ind?.achievedGrowth : ind?.targetGrowth)?.value;
    if (!ind || n === undefined) throw new Error(`tracker: no ${ref.field} growth for indicator "${ref.indicator}" in ${where}`);
    return { kind: ref.field, from, to, value: n, source: ind.source, locator: ind.locator, ...extra };
  }
  const a = value(datasets, { dataset: ref.dataset, series: ref.series, year: from }).v;
  const b = value(datasets, { dataset: ref.dataset, series: ref.series, year: to }).v;
  return {
    kind: 'achieved',
    from,
    to,
    value: cagr(a.value, b.value, to - from),
    source: b.source,
    locator: b.locator,
    computedFrom: [a, b],
    ...extra,
  };
}

/** Looks up a view's baseline, target and past rates by the ids its configuration names. */
export function resolveTrackerInput(view: View, datasets: Datasets): TrackerInput {
  const spec = TRACKER_VIEWS[view];
  const baseline = value(datasets, spec.baseline);
  const target = value(datasets, spec.target);
  if (baseline.unit !== target.unit) throw new Error(`tracker ${view}: baseline in ${baseline.unit}, target in ${target.unit}`);
  if (!(target.v.year > baseline.v.year)) throw new Error(`tracker ${view}: the target year must follow the baseline year`);
  const baseSeries = 'series' in spec.baseline ? spec.baseline.series : undefined;
  const rates = spec.compare.map(({ rate: ref, basis }) => {
    const who = ref.type !== 'scorecard' && ref.series !== baseSeries ? series(datasets, ref.dataset, ref.series).label : undefined;
    return rate(datasets, ref, who, basis);
  });
  const notes = (spec.notes ?? []).map(([id, i]) => {
    const note = datasets[id]?.notes?.[i];
    if (!note) throw new Error(`tracker ${view}: dataset "${id}" has no note ${i}`);
    return note;
  });
  return {
    view,
    subject: spec.subject,
    unit: baseline.unit,
    baseline: baseline.v,
    target: target.v,
    rates,
    ...(spec.requiredBasis ? { requiredBasis: spec.requiredBasis } : {}),
    notes,
  };
}
