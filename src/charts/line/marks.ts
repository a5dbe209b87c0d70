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
