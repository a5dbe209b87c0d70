/** Views of kc-district-map: from the four-province region down to Kecheng's townships. */
export const VIEWS = ['locator', 'quzhou', 'plan', 'townships'] as const;
export type View = (typeof VIEWS)[number];
export const DEFAULT_VIEW: View = 'locator';

export function isView(value: string): value is View {
  return (VIEWS as readonly string[]).includes(value);
}

/** The datasets (data/<id>.json) each view draws besides the geography. */
export const VIEW_DATASETS: Record<View, readonly ('townships' | 'spatial-plan')[]> = {
  locator: [],
  quzhou: [],
  plan: ['spatial-plan'],
  townships: ['townships'],
};

/** Degrees of longitude and latitude the locator shows at least, around Quzhou: enough of all four provinces. */
export const LOCATOR_SPAN = { lon: 6.4, lat: 5.4 };
