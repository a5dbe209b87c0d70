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

/** How much larger the chart is drawn on a big screen: 1 at 1280×720 and below, up to 1.8. */
export function chartZoom(width: number, height: number): number {
  const z = Math.min(width / 1280, height / 760);
  return Math.round(Math.min(1.8, Math.max(1, z)) * 100) / 100;
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
