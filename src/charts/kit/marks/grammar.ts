import { KIND_COLOR } from './kinds.ts';

/**
 * The one grammar of what a value is, shared by every chart and every legend (docs/CHARTS.md has it as a table).
 * Each meaning is drawn one way everywhere:
 * - actual: solid — a filled dot, a solid line, a filled bar — in the series' colour (one series: --_actual);
 * - estimate: hollow in the estimate's orange — a ring, an outlined bar;
 * - target: the plan's purple — a bullseye for a level;
 * - planned: the plan's purple hatching — a rate or share the plan set, which is a target too;
 * - required: magenta dashes — the path or the rate a target needs, a dashed line or a bar with a dashed outline.
 * The statuses (met, missed, unpublished) have colours of their own, and no category reuses any of these hues.
 */
export type Meaning = 'actual' | 'estimate' | 'target' | 'planned' | 'required';

export const MEANING_COLOR: Record<Meaning, string> = {
  ...KIND_COLOR,
  planned: 'var(--_target)',
  required: 'var(--_required)',
};

/** The dashes of anything required, path or bar. */
export const REQUIRED_DASH = '6 4';

/** A line's dashes by its meaning: an actual's solid, an estimate's short dashes, a target's dots, required long dashes. */
export const LINE_DASH: Record<Exclude<Meaning, 'planned'>, string> = {
  actual: '',
  estimate: '2 3',
  target: '1.5 4',
  required: REQUIRED_DASH,
};

/** A required path: the line from a last value to a target at the constant rate that reaches it. */
export const REQUIRED_PATH = { color: MEANING_COLOR.required, width: 2, dash: REQUIRED_DASH } as const;

/** How a bar is drawn: an actual value solid in its series' colour; the others by their meaning alone. */
export type BarLook = 'actual' | 'estimate' | 'planned' | 'required';

/** The pattern the planned hatching fills with; the plot defines it once (render/bar.ts plannedHatch). */
export const PLANNED_HATCH = 'kc-planned-hatch';

/** Tint of a faded bar's fill: its outline in the full colour keeps it at 3:1 contrast. */
export const FADED_FILL = 0.22;

/**
 * How a mark is painted, as SVG presentation attributes: a host whose `style-src` forbids inline styles blocks
 * `style="…"` attributes, never these.
 */
export interface Paint {
  fill: string;
  stroke: string;
  strokeWidth: number;
  fillOpacity?: number;
  dash?: string;
}

/**
 * The paint of a bar of a look: `color` is the series' colour of an actual bar (the others ignore it); a faded
 * bar is a pale tint outlined in its colour. A hatch id other than the plot's is for a legend's own pattern.
 */
export function barPaint(look: BarLook, color: string = MEANING_COLOR.actual, faded = false, hatch = PLANNED_HATCH): Paint {
  const fade = faded ? { fillOpacity: FADED_FILL } : {};
  switch (look) {
    case 'actual':
      return faded ? { fill: color, ...fade, stroke: color, strokeWidth: 1.5 } : { fill: color, stroke: 'var(--_bg)', strokeWidth: 1 };
    case 'estimate':
      return { fill: 'var(--_bg)', stroke: MEANING_COLOR.estimate, strokeWidth: 2 };
    case 'planned':
      return { fill: `url(#${hatch})`, ...fade, stroke: MEANING_COLOR.planned, strokeWidth: 1.5 };
    case 'required':
      return { fill: 'var(--_bg)', stroke: MEANING_COLOR.required, strokeWidth: 2, dash: REQUIRED_DASH };
  }
}
