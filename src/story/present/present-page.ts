/** What presenting does to the page around the story: projector colours remembered, chart zoom, the rest inert. */

const PROJECTOR_KEY = 'kc-projector';

/** The session remembers the projector colours (sessionStorage can be refused: then they last the page). */
export function projectorRemembered(): boolean {
  try {
    return sessionStorage.getItem(PROJECTOR_KEY) === '1';
  } catch {
    return false;
  }
}

export function rememberProjector(on: boolean): void {
  try {
    if (on) sessionStorage.setItem(PROJECTOR_KEY, '1');
    else sessionStorage.removeItem(PROJECTOR_KEY);
  } catch {
    // Storage refused (private mode, file:// in some browsers): the colours last as long as the page.
  }
}

/** The smallest text most charts' layouts draw (their marks' labels), in CSS pixels. */
export const CHART_TEXT_MIN = 12;

/**
 * How much larger the chart is drawn on a slide: enough for its smallest text to reach 1/36 of the screen's height
 * (readable from the back of a classroom). The chart lays out for its box divided by this and is enlarged, so it
 * is laid out for the slide (fewer ticks, larger marks), not merely zoomed. A chart whose smallest text is smaller
 * (`smallest`, as its plot draws it) is drawn larger. Never below 1.
 */
export function chartZoom(height: number, smallest = CHART_TEXT_MIN): number {
  // 1 % to spare: the plot's box is measured in whole pixels, its text drawn in a box a fraction smaller.
  return Math.max(1, Math.ceil((height / 36 / Math.max(1, smallest)) * 101) / 100);
}

/**
 * Makes everything on the page but the story (and the story's own reading chrome) inert; returns the elements it
 * changed, to be given back with `restoreInert`.
 */
export function inertAround(story: HTMLElement): HTMLElement[] {
  const inerted: HTMLElement[] = [];
  for (let node: HTMLElement = story; node.parentElement; node = node.parentElement) {
    for (const sibling of node.parentElement.children) {
      if (sibling !== node && sibling instanceof HTMLElement && !sibling.inert && sibling.localName !== 'script') {
        sibling.inert = true;
        inerted.push(sibling);
      }
    }
  }
  const bar = story.querySelector<HTMLElement>('.graphic-bar');
  if (bar && !bar.inert) {
    bar.inert = true;
    inerted.push(bar);
  }
  return inerted;
}

export function restoreInert(inerted: readonly HTMLElement[]): void {
  for (const el of inerted) el.inert = false;
}
