/** Views of kc-structure-chart. */
export const VIEWS = ['all', 'industry'] as const;
export type View = (typeof VIEWS)[number];
