/** A plot's size in CSS pixels: what the element measures and what a chart's layout is given. */
export interface Size {
  width: number;
  height: number;
}

/** The smallest plot a layout is asked for (the chart element lays out at least this size). */
export const MIN_PLOT = { width: 120, height: 90 } as const;
