import type { View } from './view-names.ts';
export { VIEWS, DEFAULT_VIEW, isView, type View } from './view-names.ts';

/** The datasets (data/<id>.json) each view draws besides the geography. */
export const VIEW_DATASETS: Record<View, readonly ('townships' | 'spatial-plan')[]> = {
  locator: [],
  quzhou: [],
  plan: ['spatial-plan'],
  townships: ['townships'],
};

/** Degrees of longitude and latitude the locator shows at least, around Quzhou: enough of all four provinces. */
export const LOCATOR_SPAN = { lon: 6.4, lat: 5.4 };
