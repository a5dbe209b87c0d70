import { viewGuard } from '../kit/registry.ts';
import { KIND_COLOR } from '../kit/marks/kinds.ts';
import { VIEWS, type View } from './view-names.ts';

export { VIEWS, type View } from './view-names.ts';
export const DEFAULT_VIEW: View = 'targets-2026';
export const isView = /* @__PURE__ */ viewGuard(VIEWS);

/** The units' tiers: every village above the 2021 floor; the 2026 upper and base levels. */
export type Tier = 'floor' | 'upper' | 'base';

/** The 2021 floor is an actual result, the 2026 levels are targets: coloured by the kit's kinds table. */
export const TIER_COLOR: Record<Tier, string> = {
  floor: KIND_COLOR.actual,
  upper: KIND_COLOR.target,
  base: KIND_COLOR.target,
};
