import type { Bilingual } from '../../model/types.ts';
import { viewGuard } from '../kit/registry.ts';
import { VIEWS, type View } from './view-names.ts';

export { VIEWS, type View } from './view-names.ts';
export const DEFAULT_VIEW: View = 'gdp-2025';
export const isView = /* @__PURE__ */ viewGuard(VIEWS);

/** Where a stated value lives: a point of a series dataset, or a figure of a figures dataset. */
export type ValueRef = { dataset: string; series: string; year: number } | { dataset: string; figure: string };

/**
 * Where a past growth rate lives: a growth record of a series (`growth`), a scorecard indicator's growth
 * cells (`scorecard`, found by id or by name), or the constant rate between two points of a series
 * (`points`, computed, at the prices the values are in).
 */
export type RateRef =
  | { type: 'growth'; dataset: string; series: string; period: readonly [number, number]; field: 'achieved' | 'planned' }
  | { type: 'scorecard'; dataset: string; indicator: string; period: readonly [number, number]; field: 'achieved' | 'planned' }
  | { type: 'points'; dataset: string; series: string; period: readonly [number, number] };

/** Prices a growth rate is measured at, when a view mixes them. */
export type Basis = 'comparable' | 'current';

export interface TrackerView {
  /** What the target is about, as the title names it. */
  subject: Bilingual;
  baseline: ValueRef;
  target: ValueRef;
  /** Past rates the required rate is compared with, in the order drawn. */
  compare: readonly { rate: RateRef; basis?: Basis }[];
  /** Basis of the required rate (it is computed from the values, so at their prices). */
  requiredBasis?: Basis;
  /** Notes of datasets shown with the view: [dataset id, index in its notes]. */
  notes?: readonly [string, number][];
}

const gdpAchieved = { type: 'growth', dataset: 'gdp', series: 'gdp', period: [2015, 2020], field: 'achieved' } as const;
const gdpPlanned = { type: 'growth', dataset: 'gdp', series: 'gdp', period: [2015, 2020], field: 'planned' } as const;
// The 6.1% is at comparable prices while a required rate is computed from current-price values; the rate
// the current-price values themselves imply is shown beside it so the comparison is like with like.
const gdpNominal = { type: 'points', dataset: 'gdp', series: 'gdp', period: [2015, 2020] } as const;

export const TRACKER_VIEWS: Record<View, TrackerView> = {
  'gdp-2025': {
    subject: { zh: '地区生产总值', en: 'GDP' },
    baseline: { dataset: 'gdp', series: 'gdp', year: 2020 },
    target: { dataset: 'gdp', series: 'gdp', year: 2025 },
    compare: [
      { rate: gdpAchieved, basis: 'comparable' },
      { rate: gdpPlanned, basis: 'comparable' },
      { rate: gdpNominal, basis: 'current' },
    ],
    requiredBasis: 'current',
    notes: [['gdp', 2]],
  },
  'gdp-2026': {
    subject: { zh: '地区生产总值', en: 'GDP' },
    baseline: { dataset: 'gdp', series: 'gdp', year: 2021 },
    target: { dataset: 'gdp', series: 'gdp', year: 2026 },
    compare: [
      { rate: gdpAchieved, basis: 'comparable' },
      { rate: gdpNominal, basis: 'current' },
    ],
    requiredBasis: 'current',
    notes: [['gdp', 1]],
  },
  'income-2026': {
    subject: { zh: '居民人均可支配收入', en: 'disposable income per person' },
    baseline: { dataset: 'income', series: 'all', year: 2021 },
    target: { dataset: 'targets-2026', figure: 'income-all' },
    compare: [
      { rate: { type: 'growth', dataset: 'income', series: 'urban', period: [2016, 2021], field: 'achieved' } },
      { rate: { type: 'growth', dataset: 'income', series: 'rural', period: [2016, 2021], field: 'achieved' } },
      { rate: { type: 'growth', dataset: 'income', series: 'urban', period: [2015, 2020], field: 'achieved' } },
      { rate: { type: 'growth', dataset: 'income', series: 'rural', period: [2015, 2020], field: 'achieved' } },
    ],
    notes: [['income', 1]],
  },
  'retail-2026': {
    subject: { zh: '社会消费品零售总额', en: 'retail sales' },
    baseline: { dataset: 'record-2021', figure: 'retail-sales' },
    target: { dataset: 'targets-2026', figure: 'retail-sales' },
    compare: [
      { rate: { type: 'scorecard', dataset: 'scorecard', indicator: 'retail-sales', period: [2015, 2020], field: 'achieved' } },
      { rate: { type: 'scorecard', dataset: 'scorecard', indicator: 'retail-sales', period: [2015, 2020], field: 'planned' } },
    ],
    // The plenum gives the retail target no year: the note says 2026 is the story's reading.
    notes: [['targets-2026', 1]],
  },
};

/** The named view, or the default for an unknown one. */
export function resolveView(view: string): View {
  return (VIEWS as readonly string[]).includes(view) ? (view as View) : DEFAULT_VIEW;
}
