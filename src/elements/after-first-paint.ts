/**
 * Runs `start` once the page's first contentful paint has reached the screen, so the code it loads never competes
 * with what that paint needs (the CSS, the text, a prerendered chart: on a slow phone network, the LCP). An
 * animation frame is not enough: its callback runs before the frame is painted, and the paint reaches the screen
 * later still. Where the browser has no paint timing, the frame after the next one.
 *
 * A paint entry may never come, so `start` also runs on the reader's first key, tap or scroll (an input ends the
 * browser's largest-contentful-paint reporting, and a reader who acts is waiting for the page), when a page opened
 * in a background tab (which reports no paint) is first shown, and at the latest after `fallbackMs`.
 */
export function afterFirstPaint(start: () => void, fallbackMs: number): void {
  const inputs = ['keydown', 'pointerdown', 'touchstart', 'wheel', 'scroll'] as const;
  let started = false;
  let observer: PerformanceObserver | undefined;
  const run = (): void => {
    if (started) return;
    started = true;
    observer?.disconnect();
    inputs.forEach((type) => window.removeEventListener(type, run, true));
    start();
  };
  const afterNextPaint = (): void => {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(run)));
  };
  // The first largest-contentful-paint entry is the paint a reader waits for; it is reported a little after the
  // first-contentful-paint one, which some browsers have alone.
  const types = PerformanceObserver.supportedEntryTypes ?? [];
  const type = ['largest-contentful-paint', 'paint'].find((t) => types.includes(t));
  if (type) {
    observer = new PerformanceObserver((list) => {
      if (type !== 'paint' || list.getEntriesByName('first-contentful-paint').length) setTimeout(run);
    });
    observer.observe({ type, buffered: true });
  } else {
    afterNextPaint();
  }
  inputs.forEach((type) => window.addEventListener(type, run, { capture: true, passive: true }));
  if (document.visibilityState === 'hidden') {
    document.addEventListener('visibilitychange', afterNextPaint, { once: true });
  }
  setTimeout(run, fallbackMs);
}
