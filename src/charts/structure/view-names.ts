import { viewGuard } from '../kit/view.ts';

/** Views of kc-structure-chart. */
export const VIEWS = ['all', 'industry'] as const;
export type View = (typeof VIEWS)[number];
export const DEFAULT_VIEW: View = 'all';
export const isView = viewGuard(VIEWS);
