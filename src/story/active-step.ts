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

/**
 * Where a step key takes the reader: the step to show and how far to scroll (px, down positive), or null when
 * the key should keep its ordinary meaning (before the first step, after the last).
 *
 * `boxes` are the steps, `card` the active step's card, `at` the step the reader is on (or moving to), `height`
 * the viewport's. A step comes to rest with its top just above the trigger line (so its card sits on it). Going
 * on from a card that runs below the screen first brings the rest of it into view, so no text is skipped.
 */
export function keyStepTarget(
  action: 'next' | 'prev' | 'first' | 'last',
  boxes: readonly StepBox[],
  card: StepBox | null,
  at: number,
  line: number,
  height: number,
): { index: number; dy: number } | null {
  const n = boxes.length;
  if (n === 0) return null;
  const to = (index: number): { index: number; dy: number } | null => {
    const dy = scrollToPlace(boxes, line, { index, fraction: 0 }) + KEY_LEAD;
    return Math.abs(dy) >= 1 ? { index, dy } : null;
  };
  const current = boxes[at];
  if (!current) return null;
  switch (action) {
    case 'first':
      return to(0);
    case 'last':
      return to(n - 1) ?? (at < n - 1 ? { index: n - 1, dy: 0 } : null);
    case 'prev':
      // Back to the start of a step the reader has scrolled into, else to the step before.
      if (current.top < line - KEY_LEAD - height * 0.25) return to(at);
      return at > 0 ? to(at - 1) : null;
    case 'next': {
      // A step not yet reached comes first.
      if (current.top > line) return to(at);
      const next = boxes[at + 1];
      const margin = Math.round(height * 0.08);
      if (card && card.bottom > height - margin + 1) {
        // The rest of a long card, by at most most of a screen, and never so far the next step takes the line.
        const limit = next ? next.top - line - 1 : Infinity;
        const dy = Math.min(card.bottom - (height - margin), Math.round(height * 0.8), limit);
        if (dy >= 1) return { index: at, dy: Math.round(dy) };
      }
      return next ? to(at + 1) : null;
    }
  }
}
