/**
 * Runs `start` once the page's first contentful paint has reached the screen, so the code it loads never competes
 * with what that paint needs (the CSS, the text, a prerendered chart: on a slow phone network, the LCP). An
 * animation frame is not enough: its callback runs before the frame is painted, and the paint reaches the screen
 * later still. Where the browser has no paint timing, the frame after the next one.
 *
 * `fallbackMs`: start anyway after that long (a frame out of view is not painted until it is scrolled to, but its
 * chart and its height report must start); without it, a page in a background tab starts when it is shown.
 */
export function afterFirstPaint(start: () => void, fallbackMs?: number): void {
  let started = false;
  let observer: PerformanceObserver | undefined;
  const run = (): void => {
    if (started) return;
    started = true;
    observer?.disconnect();
    start();
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
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(run)));
  }
  if (fallbackMs !== undefined) setTimeout(run, fallbackMs);
}
