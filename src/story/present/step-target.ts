import { KEY_LEAD, scrollToPlace, type StepBox } from '../active-step.ts';

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
