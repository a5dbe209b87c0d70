export const VIEWS = ['gdp-2025', 'gdp-2026', 'income-2026', 'retail-2026'] as const;
export type View = (typeof VIEWS)[number];
