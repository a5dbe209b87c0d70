import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Size } from '../charts/kit/size.ts';

/** Tracks the size of an element (the host unless told otherwise) and requests an update when it changes. */
export class SizeController implements ReactiveController {
  size: Size = { width: 0, height: 0 };
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly observer?: ResizeObserver;
  private target: Element;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    this.target = host;
    if (typeof ResizeObserver !== 'undefined') {
      this.observer = new ResizeObserver((entries) => this.measure(entries[entries.length - 1]?.contentRect));
    }
    host.addController(this);
  }

  /** Observes another element (for example the plot area inside the shadow root) instead of the host. */
  observe(target: Element): void {
    this.observer?.unobserve(this.target);
    this.target = target;
    this.observer?.observe(target);
  }

  /** Takes `size` as measured until the observer reports (no update follows if it reports the same). */
  assume(size: Size): void {
    if (this.size.width === 0 && this.size.height === 0) this.size = { width: Math.round(size.width), height: Math.round(size.height) };
  }

  /**
   * Takes `size` as the size the next layout will give (a frame about to be redrawn around the plot): no update follows
   * if the observer then reports it; one follows as usual if it reports another.
   */
  expect(size: Size): void {
    this.size = { width: Math.round(size.width), height: Math.round(size.height) };
  }

  /**
   * Measures the target now, as the observer would at the next frame: for a caller that has just laid it out
   * (observers do not report inside `content-visibility: hidden`, where the story keeps its hidden charts).
   */
  measureNow(): void {
    const box = unzoomedSize(this.target);
    if (box.width > 0 && box.height > 0) this.measure(box as DOMRectReadOnly);
    // The observer reports again when it can (once the target is shown), so a size that changed after this
    // measurement, back to one it reported before, is not missed.
    this.observer?.unobserve(this.target);
    this.observer?.observe(this.target);
  }

  /** Whether `target` is the element observed. */
  observes(target: Element): boolean {
    return this.target === target;
  }

  hostConnected(): void {
    this.observer?.observe(this.target);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private measure(box: DOMRectReadOnly | undefined): void {
    if (!box) return;
    const width = Math.round(box.width);
    const height = Math.round(box.height);
    if (width === this.size.width && height === this.size.height) return;
    this.size = { width, height };
    this.host.requestUpdate();
  }
}

/**
 * An element's size as laid out now, as a resize observer reports it: getBoundingClientRect() gives the box on
 * screen, zoomed with a slide (presentation mode), and the observer the box unzoomed.
 */
export function unzoomedSize(el: Element): Size {
  const box = el.getBoundingClientRect();
  const zoom = el.currentCSSZoom || 1;
  return { width: box.width / zoom, height: box.height / zoom };
}
