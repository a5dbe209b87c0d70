import { viewGuard } from '../kit/view.ts';

/** Views of kc-income-chart. */
export const VIEWS = ['levels', 'growth', 'ratio'] as const;
export type View = (typeof VIEWS)[number];
export const DEFAULT_VIEW: View = 'levels';
export const isView = viewGuard(VIEWS);
