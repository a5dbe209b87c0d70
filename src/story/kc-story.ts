// Over 300 lines on purpose: this is the one custom element that owns the story's state (active step, held,
// settled, the place kept across a resize). Its pieces that need no state already live beside it (active-step.ts,
// scroll-steps.ts, chart-loading.ts); what is left reads and writes that state, and split apart it would pass it around.
import { loadChartCode, loadChartInto } from './chart-loading.ts';
import { layOutWhenDrawn } from './lay-out-hidden.ts';
import { whenIdle } from './when-idle.ts';
import { CHART_TAGS, isChartId, type ChartId } from '../charts/kit/registry.ts';
import { defineOnce } from '../elements/define.ts';
import { prefersReducedMotion } from '../elements/motion.ts';
import { listenForTools } from '../elements/tools/tools-listener.ts';
import type { Lang } from '../model/types.ts';
import { t } from '../model/i18n/strings.ts';
import { KEY_LEAD, placeAtLine, scrollToPlace, stepAtLine, triggerLine, type Place, type StepBox } from './active-step.ts';
import { watchSteps, type StepScroller } from './scroll-steps.ts';
import { idFromHash } from './step-hash.ts';
import type { StoryHost } from './story-host.ts';

/** The scroll is taken to have settled this long after its last scroll event (browsers without `scrollend`)… */
const SCROLL_QUIET_MS = 180;
/** …or this long after it ended, if no other scroll began. */
const SCROLL_END_QUIET_MS = 80;

/** Kept so the dictionary it loaded stays loaded. */
let wordBreaks: unknown;

/**
 * Loads the Chinese word dictionary that chart titles are broken with (model/line-breaks.ts) at an idle moment after
 * the first paint: its first use costs a phone about 45 ms, which otherwise fell in the first chart's upgrade, under
 * the reader's first scroll. Later segmenters reuse it (about 1 ms each).
 */
function warmWordBreaks(): void {
  if (typeof Intl.Segmenter === 'function') wordBreaks ??= new Intl.Segmenter('zh', { granularity: 'word' });
}

/** A chart element as the story drives it: a view to show and, once drawn, a sentence describing it. */
type ChartHost = HTMLElement & {
  view: string;
  lang: string;
  frameViews: readonly string[];
  summary?: string;
  updateComplete?: Promise<boolean>;
  prepareView?: (view: string) => void;
};

/**
 * @summary The scroll engine: binds the prerendered steps in its light DOM to the sticky graphic.
 *
 * The chart state is a pure function of the active step, so fast jumps, reloads and resizes can never
 * leave the graphic between states. Scrollama reports steps crossing the trigger line; after every scroll
 * settles and on every resize the active step is also computed from the steps' positions. A new width (rotation,
 * zoom) brings the reader back to the place they had in the old layout.
 *
 * @fires kc-step - detail { index, id, chart, view } when the active step changes
 */
export class KcStory extends HTMLElement implements StoryHost {
  private steps: HTMLElement[] = [];
  private charts = new Map<ChartId, ChartHost>();
  /** Chart elements the build drew (declarative shadow roots), live once their code loads. */
  private prerendered = new WeakSet<HTMLElement>();
  private active = -1;
  private scroller?: StepScroller;
  private settled = false;
  private settleTimer = 0;
  /** When the scroll will have been still long enough to settle (performance.now() time). */
  private settleAt = 0;
  /** The step the page opened at: neither written to the address nor announced. */
  private landed = -1;
  /** Where the reader was when the story last measured the steps; a new width brings them back to it. */
  private place: Place | null = null;
  private width = 0;
  private live?: HTMLElement;
  private counter?: HTMLElement;
  private bar?: HTMLElement;
  /** Presentation mode has the story: scrolling neither moves it nor writes the address. */
  private held = false;

  private get lang_(): Lang {
    return this.getAttribute('lang') === 'en' ? 'en' : 'zh';
  }

  connectedCallback(): void {
    // The page arrives fully drawn (text and first chart); taking it over waits until it has been painted,
    // so measuring the steps never delays the first paint.
    this.starting = window.requestAnimationFrame(() => {
      this.starting = window.setTimeout(() => this.start(), 0);
    });
  }

  private starting = 0;

  private start(): void {
    if (!this.isConnected) return;
    this.steps = Array.from(this.querySelectorAll<HTMLElement>('.step[data-step]'));
    if (this.steps.length === 0) return;
    this.findChrome();
    for (const el of this.querySelectorAll<ChartHost>('.graphic-inner > [data-chart]')) {
      const id = el.dataset.chart ?? '';
      if (!isChartId(id)) continue;
      this.charts.set(id, el);
      this.prerendered.add(el);
      el.frameViews = this.viewsOf(id);
    }
    this.prefetchCharts();
    if (this.lang_ === 'zh') whenIdle(warmWordBreaks);
    // Every chart frame in the story offers Share & download; the tools' code loads when first asked for.
    listenForTools();
    this.classList.add('is-live');

    const fromHash = this.stepIndex(idFromHash(location.hash));
    // A deep link opens at its step whatever the browser did with the anchor; scroll-margin places it on the line.
    if (fromHash >= 0 && this.stepOnScreen() !== fromHash) this.steps[fromHash]?.scrollIntoView({ block: 'start' });
    this.width = window.innerWidth;
    const onScreen = this.measure();
    this.show(fromHash >= 0 ? fromHash : onScreen, false);
    this.landed = this.active;

    this.scroller = watchSteps(this.steps, triggerLine(window.innerHeight), (index) => {
      if (this.held) return;
      this.show(index, true);
      // An observer report can arrive after a fast jump has ended; positions have the last word.
      this.settleAfter(SCROLL_QUIET_MS);
    });
    window.addEventListener('resize', this.onResize);
    window.addEventListener('scroll', this.onScroll, { passive: true });
    window.addEventListener('scrollend', this.onScrollEnd);
    window.addEventListener('hashchange', this.onHashChange);
    if (/[?&](present|speaker)(=|&|$)/.test(location.search)) void this.presentation();
    // Earlier steps that Scrollama replays on load settle into the one on screen; announce nothing until then.
    window.setTimeout(this.onLoadSettled, 400);
  }

  disconnectedCallback(): void {
    window.cancelAnimationFrame(this.starting);
    window.clearTimeout(this.starting);
    this.scroller?.destroy();
    window.removeEventListener('resize', this.onResize);
    window.removeEventListener('scroll', this.onScroll);
    window.removeEventListener('scrollend', this.onScrollEnd);
    this.cancelSettle();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** The index of the active step. */
  get activeIndex(): number {
    return this.active;
  }

  /** The story's steps, in order. */
  get stepElements(): readonly HTMLElement[] {
    return this.steps;
  }

  /** Hands the story to presentation mode: `showStep` moves it, scrolling does not, nothing is written or announced. */
  hold(): void {
    this.held = true;
    // A slide's chart is laid out for the slide: a chart the build drew for the story cannot wait for its code, and
    // each slide's frame takes the room it needs (the plot does not keep one place for the views of the others).
    (Object.keys(CHART_TAGS) as ChartId[]).forEach((id) => void loadChartCode(id).catch(() => undefined));
    for (const el of this.charts.values()) el.frameViews = [];
  }

  /** Whether presentation mode holds the story. */
  get isHeld(): boolean {
    return this.held;
  }

  /** Shows step `index` (its chart and view) while presentation mode holds the story. */
  showStep(index: number): void {
    this.show(index, true);
  }

  /** Gives the story back to scrolling at step `index`, scrolled to it, in the address and announced. */
  release(index: number): void {
    this.show(index, false);
    const dy = scrollToPlace(this.boxes(), triggerLine(window.innerHeight), { index, fraction: 0 }) + KEY_LEAD;
    window.scrollBy({ top: dy, behavior: 'instant' });
    this.held = false;
    for (const [id, el] of this.charts) el.frameViews = this.viewsOf(id);
    // The window may have changed while the show had it (full screen): take up its size again.
    this.scroller?.setLine(triggerLine(window.innerHeight));
    this.width = window.innerWidth;
    this.measure();
    if (this.settled) this.commit(index);
  }

  /** Opens presentation mode (its code loads on first use); `?speaker` opens the speaker's view instead. */
  async presentation(): Promise<void> {
    const { openPresentation } = await import('./present/presenter.ts');
    openPresentation(this);
  }

  private findChrome(): void {
    this.counter = this.querySelector<HTMLElement>('.step-counter') ?? undefined;
    this.bar = this.querySelector<HTMLElement>('.progress') ?? undefined;
    this.live = this.querySelector<HTMLElement>('.story-live') ?? undefined;
  }

  /**
   * Loads the code of every chart, one chart at each idle moment in the story's order, so no later step waits for
   * it. The charts the build has not drawn start at the page's first idle moments: defining them costs only their
   * modules' evaluation. The one the build drew, whose definition redraws it live (the largest single task of a
   * chart), and the drawing of the neighbouring steps' charts wait until the reader first scrolls, taps or types
   * (or a quiet while has passed), so none of that competes with the page's first seconds.
   */
  private prefetchCharts(): void {
    const events = ['scroll', 'pointerdown', 'keydown', 'touchstart'] as const;
    const drawn = new Set([...this.charts].flatMap(([id, el]) => (this.prerendered.has(el) ? [id] : [])));
    const order = [...new Set([...this.steps.map((s) => s.dataset.chart ?? ''), ...Object.keys(CHART_TAGS)])].filter(isChartId);
    // One chart at each idle moment: all at once, the reader's first scroll waited on each chart's preload
    // bookkeeping (about 80 ms on a throttled phone) before it moved.
    const loadInTurn = (ids: ChartId[]): void => {
      const id = ids.shift();
      if (!id) return;
      void loadChartCode(id).catch(() => undefined);
      whenIdle(() => loadInTurn(ids));
    };
    whenIdle(() => loadInTurn(order.filter((id) => !drawn.has(id))));
    let timer = 0;
    const load = (): void => {
      window.clearTimeout(timer);
      events.forEach((type) => window.removeEventListener(type, load));
      loadInTurn(order.filter((id) => drawn.has(id)));
      this.warm = true;
      this.prepareNeighbours();
    };
    events.forEach((type) => window.addEventListener(type, load, { once: true, passive: true }));
    timer = window.setTimeout(load, 8000);
  }

  /** Whether the page's first moments are over (the reader has moved, or a quiet while has passed). */
  private warm = false;
  private preparing = 0;

  /**
   * At an idle moment, draws the charts of the steps before and after the active one, hidden, in their views: a
   * step change then only shows a chart already drawn, and a chart's frame is measured before it is seen
   * (elements/frame-reserve.ts), so its first view change does not move it.
   */
  private prepareNeighbours(): void {
    if (!this.warm || this.preparing) return;
    const prepare = (): void => {
      this.preparing = 0;
      if (!this.isConnected) return;
      for (const index of [this.active + 1, this.active - 1]) {
        const step = this.steps[index];
        const chartId = step?.dataset.chart ?? '';
        if (!step || !isChartId(chartId)) continue;
        const fresh = !this.charts.has(chartId);
        const chart = this.chartFor(chartId);
        // The chart on screen lays the next step's view out ahead: that step then only draws it.
        if (chart.classList.contains('is-active')) {
          chart.prepareView?.(step.dataset.view ?? '');
          continue;
        }
        if (fresh) {
          chart.inert = true;
          chart.setAttribute('aria-hidden', 'true');
          void loadChartInto(chart, chartId, this.lang_);
        }
        chart.view = step.dataset.view ?? '';
        void layOutWhenDrawn(chart);
      }
    };
    this.preparing = whenIdle(prepare);
  }

  private stepIndex(id: string): number {
    return id ? this.steps.findIndex((s) => s.dataset.step === id) : -1;
  }

  private boxes(): StepBox[] {
    return this.steps.map((s) => s.getBoundingClientRect());
  }

  private stepOnScreen(): number {
    return stepAtLine(this.boxes(), triggerLine(window.innerHeight));
  }

  /** Reads the steps' positions: notes the reader's place and returns the step on screen. */
  private measure(): number {
    const boxes = this.boxes();
    const line = triggerLine(window.innerHeight);
    this.place = placeAtLine(boxes, line);
    return stepAtLine(boxes, line);
  }

  /** Browsers without `scrollend` settle shortly after the last scroll event. */
  private readonly onScroll = (): void => this.settleAfter(SCROLL_QUIET_MS);

  /**
   * A scroll that ends settles a moment later, unless another begins: a page scrolled by script at every frame
   * (or a scrollbar dragged) ends a scroll at every frame, and reading every step's position each time cost a
   * throttled phone a second over the story (issue 13).
   */
  private readonly onScrollEnd = (): void => this.settleAfter(SCROLL_END_QUIET_MS);

  /**
   * Settles once `ms` have passed with no further call. One timer, moved on only when it fires: a scroll event
   * at every frame costs a number, not a timer cleared and set.
   */
  private settleAfter(ms: number): void {
    this.settleAt = performance.now() + ms;
    if (!this.settleTimer) this.settleTimer = window.setTimeout(this.settleWhenQuiet, ms);
  }

  private readonly settleWhenQuiet = (): void => {
    const wait = this.settleAt - performance.now();
    if (wait > 1) this.settleTimer = window.setTimeout(this.settleWhenQuiet, wait);
    else this.onSettle();
  };

  private cancelSettle(): void {
    window.clearTimeout(this.settleTimer);
    this.settleTimer = 0;
  }

  private readonly onSettle = (): void => {
    this.cancelSettle();
    if (this.held) return;
    this.show(this.measure(), true);
  };

  /**
   * The story has settled after loading. A reader who moved in the first moments has a step that was shown
   * but neither written to the address nor announced: do it now.
   */
  private readonly onLoadSettled = (): void => {
    this.cancelSettle();
    this.settled = true;
    // The step keys and the presentation button come once the story has settled (their code is not the page's first).
    void import('./present/story-keys.ts').then(({ attachKeys }) => attachKeys(this));
    if (this.held) return;
    const index = this.measure();
    if (index !== this.active) this.show(index, true);
    else if (index !== this.landed) this.commit(index);
  };

  private readonly onResize = (): void => {
    if (this.held) return;
    const line = triggerLine(window.innerHeight);
    this.scroller?.setLine(line);
    // A new width (a rotation, browser zoom, a resized window) lays every step out anew, and the same scroll offset
    // would land on another step: bring the reader back to their place. A new height alone is a phone's address
    // bar coming or going while the reader scrolls: the layout (in svh) stands, and the scroll is the reader's.
    if (window.innerWidth !== this.width && this.place) {
      const dy = scrollToPlace(this.boxes(), line, this.place);
      if (Math.abs(dy) >= 1) window.scrollBy({ top: dy, behavior: 'instant' });
    }
    this.width = window.innerWidth;
    window.requestAnimationFrame(this.onSettle);
  };

  private readonly onHashChange = (): void => {
    const index = this.stepIndex(idFromHash(location.hash));
    if (index >= 0 && !this.held) this.show(index, true);
  };

  /** Shows step `index`: its chart and view, the progress, the address; announces it once settled. */
  private show(index: number, animate: boolean): void {
    const step = this.steps[index];
    if (!step || index === this.active) return;
    this.active = index;
    const chartId = step.dataset.chart ?? '';
    if (!isChartId(chartId)) return;
    const view = step.dataset.view ?? '';
    const chart = this.chartFor(chartId);
    // A chart the build drew in this very view can wait for its code until the page is idle.
    if (!(this.prerendered.has(chart) && chart.getAttribute('view') === view)) void loadChartInto(chart, chartId, this.lang_);
    const instant = !animate || !this.settled || prefersReducedMotion();
    chart.view = view;
    for (const [id, el] of this.charts) {
      const shown = id === chartId;
      // On each chart, not on the story: a class on the story restyles every element of the page.
      el.classList.toggle('instant', instant);
      el.classList.toggle('is-active', shown);
      // Written only when it changes: setting `inert` again restyles the chart all the same.
      if (el.inert === shown) el.inert = !shown;
      if (el.getAttribute('aria-hidden') !== String(!shown)) el.setAttribute('aria-hidden', String(!shown));
    }
    this.steps.forEach((s, i) => s.classList.toggle('is-active', i === index));

    const n = this.steps.length;
    if (this.counter) this.counter.textContent = `${index + 1} / ${n}`;
    this.bar?.style.setProperty('--progress', String((index + 1) / n));
    if (this.settled && !this.held) this.commit(index);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.lang-switch')) link.hash = step.dataset.step ?? '';
    const detail: StepDetail = { index, id: step.dataset.step, chart: chartId, view };
    this.dispatchEvent(new CustomEvent('kc-step', { detail, bubbles: true }));
    this.prepareNeighbours();
  }

  /** Writes step `index` to the address and announces it. */
  private commit(index: number): void {
    const step = this.steps[index];
    const chartId = step?.dataset.chart ?? '';
    if (!step || !isChartId(chartId)) return;
    history.replaceState(history.state, '', `#${step.dataset.step}`);
    void this.announce(this.chartFor(chartId), index);
  }

  private chartFor(id: ChartId): ChartHost {
    const existing = this.charts.get(id);
    if (existing) return existing;
    const entry = CHART_TAGS[id];
    const el = document.createElement(entry.tag) as ChartHost;
    el.setAttribute('fill', '');
    el.setAttribute('lang', this.lang_);
    el.dataset.chart = id;
    el.frameViews = this.held ? [] : this.viewsOf(id);
    if ('dataset' in entry) el.setAttribute('dataset', entry.dataset);
    this.querySelector('.graphic-inner')?.append(el);
    this.charts.set(id, el);
    return el;
  }

  /** The views the story's steps show chart `id` in: its frame keeps the plot in one place across them. */
  private viewsOf(id: ChartId): string[] {
    return [...new Set(this.steps.filter((s) => s.dataset.chart === id).map((s) => s.dataset.view ?? ''))];
  }

  private async announce(chart: ChartHost, index: number): Promise<void> {
    await customElements.whenDefined(chart.localName);
    await chart.updateComplete;
    if (index !== this.active || !this.live) return;
    const label = t('step', this.lang_, { i: index + 1, n: this.steps.length });
    this.live.textContent = `${label}. ${chart.summary ?? ''}`;
  }
}

defineOnce('kc-story', KcStory);

/** What a `kc-step` event says: the step that became active, and the chart and view it shows. */
export interface StepDetail {
  index: number;
  id: string | undefined;
  chart: ChartId;
  view: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'kc-story': KcStory;
  }
  interface HTMLElementEventMap {
    'kc-step': CustomEvent<StepDetail>;
  }
}
