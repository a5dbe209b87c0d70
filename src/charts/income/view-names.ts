/** Views of kc-income-chart. */
export const VIEWS = ['levels', 'growth', 'ratio'] as const;
export type View = (typeof VIEWS)[number];
