/** A step's vertical extent in viewport pixels. */
export interface StepBox {
  top: number;
  bottom: number;
}

/**
 * The step the reader is on: the last step whose top has crossed the trigger line (px from the viewport top).
 * Before the first step, the first; it is a pure function of positions, never of the steps scrolled past.
 */
export function stepAtLine(boxes: readonly StepBox[], line: number): number {
  let active = 0;
  boxes.forEach((box, i) => {
    if (box.top <= line) active = i;
  });
  return active;
}

/**
 * Where the trigger line sits, as a share of the viewport's height. On phones the graphic sticks above it (the
 * graphic is a little shorter than half the screen, see page-base.css) and the active step's card rests just below it.
 */
export const TRIGGER_RATIO = 0.5;

/** Where the trigger line sits, in px from the viewport top, for a viewport height. */
export function triggerLine(viewportHeight: number, ratio = TRIGGER_RATIO): number {
  return Math.round(viewportHeight * ratio);
}

/** Where the reader is: the step on the trigger line and how far through it (0 at its top, 1 at the next step's top). */
export interface Place {
  index: number;
  fraction: number;
}

/** The reader's place for step boxes and a trigger line; null before the first step or past the last one. */
export function placeAtLine(boxes: readonly StepBox[], line: number): Place | null {
  const first = boxes[0];
  const last = boxes[boxes.length - 1];
  if (!first || !last || line < first.top || line > last.bottom) return null;
  const index = stepAtLine(boxes, line);
  const box = boxes[index] ?? first;
  const span = (boxes[index + 1]?.top ?? box.bottom) - box.top;
  const fraction = span > 0 ? Math.min(1, Math.max(0, (line - box.top) / span)) : 0;
  return { index, fraction };
}

/** How far to scroll, in px (down is positive), to bring `place` back to the trigger line in a new layout. */
export function scrollToPlace(boxes: readonly StepBox[], line: number, place: Place): number {
  const box = boxes[place.index];
  if (!box) return 0;
  const span = (boxes[place.index + 1]?.top ?? box.bottom) - box.top;
  return Math.round(box.top + place.fraction * span - line);
}

/** How far above the trigger line a step's top comes to rest when the keyboard moves to it, in px. */
export const KEY_LEAD = 2;
