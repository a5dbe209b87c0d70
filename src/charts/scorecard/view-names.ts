/** Views of kc-scorecard. */
export const VIEWS = ['all', 'missed', 'economy', 'plan-2025'] as const;
export type View = (typeof VIEWS)[number];
