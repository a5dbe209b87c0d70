import { viewGuard } from '../kit/view.ts';

/** Views of kc-village-chart: the 211 administrative villages as units, against the income floor of a year. */
export const VIEWS = ['floor-2021', 'targets-2026'] as const;
export type View = (typeof VIEWS)[number];
export const DEFAULT_VIEW: View = 'targets-2026';
export const isView = viewGuard(VIEWS);
