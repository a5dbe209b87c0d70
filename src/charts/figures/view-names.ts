/** Views of kc-figures. */
export const VIEWS = ['place', 'villages', 'targets', 'watch'] as const;
export type View = (typeof VIEWS)[number];
