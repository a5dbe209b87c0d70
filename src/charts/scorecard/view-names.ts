import { viewGuard } from '../kit/view.ts';

/** Views of kc-scorecard. */
export const VIEWS = ['all', 'missed', 'economy', 'plan-2025'] as const;
export type View = (typeof VIEWS)[number];
export const DEFAULT_VIEW: View = 'all';
export const isView = viewGuard(VIEWS);
