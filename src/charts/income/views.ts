import { viewGuard } from '../kit/registry.ts';
import { KIND_COLOR } from '../kit/marks/kinds.ts';
import { VIEWS, type View } from './view-names.ts';

export { VIEWS, type View } from './view-names.ts';
export const DEFAULT_VIEW: View = 'levels';
export const isView = /* @__PURE__ */ viewGuard(VIEWS);

/** Series ids in data/income.json and data/income-ratio.json. */
export const SERIES = {
  urban: 'urban',
  rural: 'rural',
  all: 'all',
  ratio: 'ratio',
  quzhou: 'quzhou-ratio',
} as const;

/** Which of each dataset's notes a view shows under the chart (by position in the file's `notes`). */
export const VIEW_NOTES: Record<View, { income: number[]; ratio: number[] }> = {
  levels: { income: [0], ratio: [] },
  growth: { income: [1], ratio: [] },
  ratio: { income: [], ratio: [0, 1] },
};

/** Series colours (theme variables); the kinds' are the kit's one table. */
export const COLORS = {
  urban: 'var(--_urban)',
  rural: 'var(--_rural)',
  ...KIND_COLOR,
  other: 'var(--_muted)',
} as const;
