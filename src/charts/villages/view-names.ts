/** Views of kc-village-chart: the 211 administrative villages as units, against the income floor of a year. */
export const VIEWS = ['floor-2021', 'targets-2026'] as const;
export type View = (typeof VIEWS)[number];
