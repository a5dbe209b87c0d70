import { viewGuard } from '../kit/registry.ts';
import { VIEWS, type View } from './view-names.ts';

export { VIEWS, type View } from './view-names.ts';
export const DEFAULT_VIEW: View = 'locator';
export const isView = /* @__PURE__ */ viewGuard(VIEWS);

/** The datasets (data/<id>.json) each view draws besides the geography. */
export const VIEW_DATASETS: Record<View, readonly ('townships' | 'spatial-plan')[]> = {
  locator: [],
  quzhou: [],
  plan: ['spatial-plan'],
  townships: ['townships'],
};

/** Degrees of longitude and latitude the locator shows at least, around Quzhou: enough of all four provinces. */
export const LOCATOR_SPAN = { lon: 6.4, lat: 5.4 };
