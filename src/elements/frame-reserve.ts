import { render, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** A chart element whose frame can be measured view by view. */
export interface FrameReserveHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The views whose frames are measured: every view the element may be asked to show. */
  reserveViews(): readonly string[];
  /** The frame of `view` at the current size and language, with an empty plot, and the least plot height it needs. */
  frameFor(view: string): { frame: TemplateResult; minPlot: number };
  /** What the frame's size depends on besides the views: the plot's width and the language, say. */
  reserveKey(): string;
}

/**
 * The room, in px, a view's frame takes: the least height of its title, subtitle and legend, and what to add above
 * the plot (for a subtitle or legend other views have and this one has not) and below it.
 */
export interface ReserveOffsets {
  title: number;
  subtitle: number;
  legend: number;
  caption: number;
  top: number;
  bottom: number;
  /** the plot's height in the view's frame with this room, as measured at the current size */
  plot: number;
}

/** The frame's parts above the plot and the caption below it, each as its box's height and the margin above it. */
const PARTS = ['title', 'subtitle', 'legend', 'figcaption'] as const;
type Part = (typeof PARTS)[number];
type PartBox = { height: number; margin: number };

interface ViewFrame {
  parts: Partial<Record<Part, PartBox>>;
  /** from the bottom of the plot to the bottom of the frame */
  below: number;
  /** the plot's height in the view's own frame, and the least its marks fit in */
  plot: number;
  minPlot: number;
}

interface Measured {
  key: string;
  views: Map<string, ViewFrame>;
}

/** Calls back at an idle moment, with how long it may run (a moment at least, when the page is never idle). */
const idle = (callback: (timeLeft: () => number) => void): number =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback((deadline) => callback(() => deadline.timeRemaining()), { timeout: 1000 })
    : window.setTimeout(() => callback(() => 0), 50);
const cancelIdle = (handle: number): void => {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else window.clearTimeout(handle);
};

/**
 * A chart filling a set height (the story's sticky graphic) keeps its plot in one place whatever its view: above
 * and below the plot, each view's frame takes the room the view needing most takes (a title on two lines, a legend,
 * two sources). A view change redraws the plot but never moves it, so the page does not shift under the reader,
 * and the marks move inside a plot of one size. Each view's frame is measured once per size and language, off
 * screen, one view per idle moment.
 */
export class FrameReserve implements ReactiveController {
  private measured?: Measured;
  private pending = 0;
  /** Whether the live frame has taken the reserve. */
  private inUse = false;

  constructor(private readonly host: FrameReserveHost) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.pending && !this.complete()) this.pending = idle(this.measureNext);
  }

  hostDisconnected(): void {
    if (this.pending) cancelIdle(this.pending);
    this.pending = 0;
  }

  /**
   * The room to add around the plot in `view`, or none while the views are not all measured. A frame on screen
   * takes the reserve only with a view change, when its plot is redrawn anyway; a hidden one takes it at once.
   */
  offsets(view: string, viewChanged: boolean): ReserveOffsets | undefined {
    if (!(this.complete() && this.measured?.views.has(view))) {
      this.inUse = false;
      return undefined;
    }
    if (!this.inUse && !viewChanged && this.host.checkVisibility({ visibilityProperty: true })) return undefined;
    this.inUse = true;
    return this.room(view);
  }

  /** The room `view` takes once the reserve is taken (nothing changes: for a view laid out ahead of its step). */
  room(view: string): ReserveOffsets | undefined {
    const measured = this.complete() ? this.measured : undefined;
    const frame = measured?.views.get(view);
    const views = this.host.reserveViews();
    // No views to share the room with (a chart no longer in the story's graphic): no room to keep.
    if (!measured || !frame || views.length === 0) return undefined;
    const frames = views.map((v) => measured.views.get(v) ?? frame);
    const most = (part: Part): PartBox => ({
      height: Math.max(0, ...frames.map((f) => f.parts[part]?.height ?? 0)),
      margin: Math.max(0, ...frames.map((f) => f.parts[part]?.margin ?? 0)),
    });
    const box = Object.fromEntries(PARTS.map((part) => [part, most(part)])) as Record<Part, PartBox>;
    const missing = (part: Part): number => (frame.parts[part] ? 0 : box[part].height + box[part].margin);
    const offsets: Omit<ReserveOffsets, 'plot'> = {
      title: box.title.height,
      subtitle: box.subtitle.height,
      legend: box.legend.height,
      caption: box.figcaption.height,
      top: missing('subtitle') + missing('legend'),
      // The caption takes its most height itself; what else differs below the plot is added at the bottom.
      bottom:
        Math.max(...frames.map((f) => f.below - (f.parts.figcaption?.height ?? 0))) - (frame.below - (frame.parts.figcaption?.height ?? 0)),
    };
    // A view whose marks cannot shrink (tiles) keeps its own frame rather than run past the plot's foot.
    const grown = PARTS.reduce((sum, part) => {
      const own = frame.parts[part];
      return own ? sum + Math.max(0, box[part].height - own.height) : sum;
    }, 0);
    const plot = frame.plot - (offsets.top + offsets.bottom + grown);
    return plot >= frame.minPlot ? { ...offsets, plot } : undefined;
  }

  private complete(): boolean {
    const measured = this.measured;
    return !!measured && measured.key === this.host.reserveKey() && this.host.reserveViews().every((v) => measured.views.has(v));
  }

  /** Measures views while the moment lasts (one at least), then asks for another moment or, when done, an update. */
  private readonly measureNext = (timeLeft: () => number): void => {
    this.pending = 0;
    if (!this.host.isConnected) return;
    const key = this.host.reserveKey();
    if (this.measured?.key !== key) this.measured = { key, views: new Map() };
    const measured = this.measured;
    do {
      const view = this.host.reserveViews().find((v) => !measured.views.has(v));
      if (view === undefined) {
        // All measured: a hidden frame takes the reserve now, one on screen with its next view.
        this.host.requestUpdate();
        return;
      }
      this.measure(view, measured);
    } while (timeLeft() > 8);
    this.pending = idle(this.measureNext);
  };

  private measure(view: string, measured: Measured): void {
    const probe = document.createElement('div');
    probe.className = 'frame-probe';
    probe.setAttribute('aria-hidden', 'true');
    probe.inert = true;
    this.host.renderRoot.append(probe);
    try {
      const { frame, minPlot } = this.host.frameFor(view);
      render(frame, probe);
      const figure = probe.querySelector('figure')?.getBoundingClientRect();
      const plot = probe.querySelector('.plot')?.getBoundingClientRect();
      const parts: ViewFrame['parts'] = {};
      for (const part of PARTS) {
        const el = probe.querySelector(part === 'figcaption' ? 'figure > figcaption' : `figure > .${part}`);
        if (el) parts[part] = { height: el.getBoundingClientRect().height, margin: parseFloat(getComputedStyle(el).marginTop) || 0 };
      }
      measured.views.set(view, {
        parts,
        below: figure && plot ? figure.bottom - plot.bottom : 0,
        plot: plot?.height ?? 0,
        minPlot,
      });
    } catch {
      // A view that cannot be laid out at this size shows a message, not a frame: it reserves nothing.
      measured.views.set(view, { parts: {}, below: 0, plot: 0, minPlot: 0 });
    } finally {
      probe.remove();
    }
  }
}
