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

/** Where the trigger line sits, in px from the viewport top, for a viewport height. */
export function triggerLine(viewportHeight: number, ratio = 0.6): number {
  return Math.round(viewportHeight * ratio);
}
