/** The marks of the line chart's plot, as its layout places them and its plot draws them. */

export interface LineMark {
  k: string;
  d: string;
  color: string;
  width: number;
  dash?: string;
}

/** A break: a band between the two years and a dashed rule in its middle. */
export interface BandMark {
  k: string;
  x: number;
  width: number;
  y: number;
  height: number;
  ruleX: number;
}

/** The span across a break from the last value before it to the first after it: a vertical bar with end caps. */
export interface SpanMark {
  k: string;
  x: number;
  y1: number;
  y2: number;
}
