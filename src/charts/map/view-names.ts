/** Views of kc-district-map: from the four-province region down to Kecheng's townships. */
export const VIEWS = ['locator', 'quzhou', 'plan', 'townships'] as const;
export type View = (typeof VIEWS)[number];
