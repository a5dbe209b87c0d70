import type { BarLook } from './grammar.ts';

/** A bar placed by a layout: its look says what it is (grammar.ts); color is an actual bar's series colour. */
export interface BarMark {
  k: string;
  x: number;
  y: number;
  width: number;
  height: number;
  look: BarLook;
  color?: string;
  faded?: boolean;
}

/** A straight grid or axis line. */
export interface RuleMark {
  k: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  kind: 'grid' | 'axis';
}
