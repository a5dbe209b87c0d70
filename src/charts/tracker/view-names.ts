import { viewGuard } from '../kit/view.ts';

export const VIEWS = ['gdp-2025', 'gdp-2026', 'income-2026', 'retail-2026'] as const;
export type View = (typeof VIEWS)[number];
export const DEFAULT_VIEW: View = 'gdp-2025';
export const isView = viewGuard(VIEWS);
