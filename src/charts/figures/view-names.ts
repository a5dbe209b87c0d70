import { viewGuard } from '../kit/view.ts';

/** Views of kc-figures. */
export const VIEWS = ['place', 'villages', 'targets'] as const;
export type View = (typeof VIEWS)[number];
export const DEFAULT_VIEW: View = 'place';
export const isView = viewGuard(VIEWS);
