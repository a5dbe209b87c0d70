import { html, isServer, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ChartDefinition, ChartModel } from '../charts/kit/chart-definition.ts';
import { elementProblem, type ChartProblem } from '../charts/kit/chart-problem.ts';
import type { ChartText } from '../charts/kit/chart-text.ts';
import { MIN_PLOT, type Size } from '../charts/kit/size.ts';
import { bundle } from '../model/bundle.ts';
import { echoed } from '../model/echoed.ts';
import { LANGS, langOf } from '../model/i18n/lang.ts';
import type { Lang } from '../model/types.ts';
import { ModelCache } from './model-cache.ts';
import { loadMarksMotion, marksMotion, type MarkSnapshot } from './marks-motion.ts';
import { chartFrame } from './frame.ts';
import type { FrameReserve, FrameReserveHost, ReserveOffsets } from './frame-reserve.ts';
import { frameStyles } from './frame-styles.ts';
import { hostResetStyles } from './host-reset.ts';
import { prefersReducedMotion } from './motion.ts';
import { readReaderState, restoreReaderState, type ReaderState } from './prerender-handover.ts';
import { problemMessage, problemStyles } from './problem-message.ts';
import { SizeController, unzoomedSize } from './size-controller.ts';
import { themeStyles } from './theme.ts';

/** The values of the theme attribute (theme.ts); unset follows the reader's system. */
const THEMES: readonly string[] = ['light', 'dark'];

/** A screen short enough for the frame's tighter type (frame-styles.ts): a media query, read without forcing a layout. */
let shortScreenQuery: MediaQueryList | undefined;
const shortScreen = (): MediaQueryList => (shortScreenQuery ??= window.matchMedia('(max-height: 479.98px)'));

/**
 * Base of every kc-* chart element: language, view and theme attributes, size tracking, the common frame,
 * and the move from one view to the next (instant under reduced motion).
 *
 * @cssproperty --kc-plot-aspect - width / height of the plot when the element has no set height (default 1.6)
 * @csspart title - the chart's title
 * @csspart subtitle - the line under the title, where there is one
 * @csspart legend - the legend, where there is one
 * @csspart plot - the plot (the chart's SVG)
 * @csspart caption - the notes and the source line under the plot
 * @csspart tools - the "Share & download" button, where there is one (hidden on a slide)
 */
export abstract class ChartElement<M extends ChartModel> extends LitElement implements FrameReserveHost {
  static override styles = [themeStyles, frameStyles, hostResetStyles, problemStyles];

  /** Language of the chart's text and numbers. */
  @property({ reflect: true }) override lang: Lang = 'zh';
  /** Named view of the chart; each chart documents its views. */
  @property({ reflect: true }) view = '';
  /** Fill the container's height, notes folded away with the data table (as in the story's sticky graphic). */
  @property({ type: Boolean, reflect: true }) fill = false;
  /** light | dark; unset follows the reader's system. */
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /**
   * With `fill`, the views the element will be shown in one after another (the story's steps): the plot keeps one
   * place and size across them. Empty, each view's frame takes the room it needs.
   */
  @property({ attribute: false }) frameViews: readonly string[] = [];

  /** What the chart shows in its current view, with the numbers: for live regions and alt text. */
  get summary(): string {
    return (this.model?.text ?? this.frameText)?.summary ?? '';
  }

  /** The chart's text in a view and language: title, notes, sources and the table behind it (editor tools). */
  textOf(view: string, lang: Lang): ChartText {
    const dataset = this.chartDataset();
    return this.chart.text?.(bundle, view, lang, dataset) ?? this.chart.model(bundle, view, this.plotSize(), lang, dataset).text;
  }

  protected readonly sizer = new SizeController(this);
  /**
   * Filling a set height and shown in several views (`frameViews`), the plot stays in one place from view to view.
   * Its code loads only then: an embedded chart shows one view and does not carry it.
   */
  private reserve?: FrameReserve;
  private reserveRequested = false;
  protected model?: M;
  /**
   * A chart that lays out its text apart from its geometry (ChartDefinition.text) and fills a set height draws its
   * frame with an empty plot until the plot is measured: the geometry is laid out once, at the measured size, not
   * first at a nominal one. Before the frame is painted, the plot's size is known (a resize observer reports before
   * paint) and the chart drawn.
   */
  private frameText?: ChartText;
  /** Set when the attributes name an unknown dataset or view, or the layout failed: shown instead of the plot. */
  protected problem?: ChartProblem;
  private marksBefore?: MarkSnapshot;
  /** Whether the reader has the frame's table open: its rows are drawn only then (frame.ts). */
  @state() private tableOpen = false;
  private readonly onTableToggle = (event: Event): void => void (this.tableOpen = (event.currentTarget as HTMLDetailsElement).open);
  /** The focus and open disclosures in the build's markup, for the first live render to take over. */
  private prerenderedState?: ReaderState;

  /** The chart's pure model and plot functions (charts/<name>/chart.ts). */
  protected abstract readonly chart: ChartDefinition<M>;

  /** The dataset id passed to the chart, for charts that draw one of several datasets. */
  protected chartDataset(): string | undefined {
    return undefined;
  }

  private readonly models = new ModelCache<M>();

  private layout(size: Size, view = this.view): M {
    // A plot squeezed to a sliver (a phone at 200 % zoom, a collapsing container) is drawn at a floor size and
    // scaled down by its viewBox: no layout has to work below it, and none produces coordinates that are not numbers.
    const drawn = { width: Math.max(size.width, MIN_PLOT.width), height: Math.max(size.height, MIN_PLOT.height) };
    const dataset = this.chartDataset();
    return this.models.get(`${drawn.width} ${this.lang} ${dataset ?? ''}`, `${view} ${drawn.height}`, () =>
      this.chart.model(bundle, view, drawn, this.lang, dataset),
    );
  }

  /**
   * @internal Lays `view` out ahead, at the plot size it will be shown at, so the step that shows it only renders
   * (the story calls it at an idle moment for the next step's view of the chart on screen).
   */
  prepareView(view: string): void {
    if (!this.model || this.sizer.size.width === 0 || view === this.view || elementProblem(this.localName, this.chartDataset(), view))
      return;
    const height = Math.round((this.fill && this.reserve?.room(view)?.plot) || this.sizer.size.height);
    if (!Number.isFinite(height) || height <= 0) return;
    try {
      this.layout({ width: this.sizer.size.width, height }, view);
    } catch {
      // Shown, the view says it could not be drawn; ahead of time, nothing is lost.
    }
  }

  /** The plot's measured size; before the first measurement, a nominal size so the layout is never empty. */
  protected plotSize(): Size {
    const { width, height } = this.sizer.size;
    if (width > 0 && height > 0) return { width, height };
    // Drawn first at the size the plot will have, the chart is not laid out twice (once nominal, once measured).
    const expected = this.expectedPlotSize();
    if (expected) this.sizer.assume(expected);
    return expected ?? { width: 640, height: 400 };
  }

  /** The plot's size before it is measured: the element's width at the plot's aspect (not when filling a height). */
  private expectedPlotSize(): Size | undefined {
    if (this.fill || !this.isConnected) return undefined;
    const width = this.getBoundingClientRect().width;
    const aspect = parseFloat(getComputedStyle(this).getPropertyValue('--kc-plot-aspect')) || 1.6;
    return width > 0 ? { width: Math.round(width), height: Math.round(width / aspect) } : undefined;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // The build may have drawn this chart in a declarative shadow root; the live render replaces it, keeping
    // what the reader did in it meanwhile.
    if (this.shadowRoot) {
      this.prerenderedState = readReaderState(this.shadowRoot);
      // A table the reader opened is drawn with its rows at once, so the focus can return to a row's button.
      this.tableOpen = this.prerenderedState.open.length > 0;
      // The live chart is drawn at once at the size the build's plot has on screen, not at a nominal one first.
      const plot = this.shadowRoot.querySelector('.plot');
      const size = plot ? unzoomedSize(plot) : undefined;
      if (size && size.width > 0 && size.height > 0) this.sizer.assume(size);
      this.shadowRoot.replaceChildren();
    }
    return super.createRenderRoot();
  }

  /**
   * An unknown language or theme (a typo in an embed code, `lang="fr"`) falls back to the default with a warning
   * naming it: the chart is drawn, nothing throws. A regional tag reads as its language (`en-GB` → en).
   */
  private acceptLangAndTheme(changed: PropertyValues<this>): void {
    const lang = this.lang as string | null;
    if (changed.has('lang') && !LANGS.includes(lang as Lang)) {
      const known = langOf(lang);
      if (!known && lang !== null)
        console.warn(`<${this.localName}> lang="${echoed(lang)}": drawn in ${LANGS[0]}; the languages are ${LANGS.join(', ')}.`);
      this.lang = known ?? LANGS[0]!;
    }
    const theme = this.theme as string | undefined | null;
    if (changed.has('theme') && theme != null && !THEMES.includes(theme)) {
      console.warn(`<${this.localName}> theme="${echoed(theme)}": follows the reader's system; the themes are ${THEMES.join(', ')}.`);
      this.theme = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.acceptLangAndTheme(changed);
    marksMotion?.settleMarks(this.renderRoot);
    // A chart drawn hidden (the story's next chart, prepared) takes its new view at once: marks moving where no one
    // sees them would only redo its layout each frame.
    if (this.model && changed.has('view') && !prefersReducedMotion() && this.checkVisibility({ visibilityProperty: true })) {
      this.marksBefore = marksMotion?.snapshotMarks(this.renderRoot);
    }
    this.problem = elementProblem(this.localName, this.chartDataset(), this.view);
    if (this.fill && !isServer) {
      this.room = this.reserve?.offsets(this.view, changed.has('view'));
      // The frame about to be drawn gives the plot the height the reserve measured for it: the view is laid out at
      // that size at once, not at the last view's and again once the new frame is measured.
      if (this.room?.plot && this.sizer.size.width > 0) this.sizer.expect({ width: this.sizer.size.width, height: this.room.plot });
      if (this.frameViews.length > 0) this.loadReserve();
    }
    this.frameText = undefined;
    try {
      if (this.problem) this.model = undefined;
      else if (this.awaitsPlotSize()) {
        this.model = undefined;
        this.frameText = this.chart.text?.(bundle, this.view, this.lang, this.chartDataset());
      } else this.model = this.layout(this.plotSize());
    } catch {
      // A dataset of the wrong kind, say: the reader gets a sentence in the chart's place, not a broken page.
      this.model = undefined;
      this.problem = { kind: 'failed' };
    }
  }

  private awaitsPlotSize(): boolean {
    return this.fill && !isServer && !!this.chart.text && this.sizer.size.width === 0 && this.sizer.size.height === 0;
  }

  private loadReserve(): void {
    if (this.reserveRequested) return;
    this.reserveRequested = true;
    void import('./frame-reserve.ts').then(({ FrameReserve }) => {
      this.reserve = new FrameReserve(this);
      this.requestUpdate();
    });
  }

  /** The room the frame reserve keeps around the plot in this view; none while the views are being measured. */
  private room?: ReserveOffsets;

  /**
   * Gives each part of the frame its reserved room, on the part itself: a custom property on the host would be
   * inherited by, and so restyle, every mark of the chart (about 15 ms on a phone at each step).
   */
  private reserveRoom(): void {
    const room = this.room ?? { title: 0, subtitle: 0, legend: 0, caption: 0, top: 0, bottom: 0, plot: 0 };
    const set = (selector: string, property: 'minHeight' | 'marginTop' | 'paddingBottom', value: string): void => {
      const el = this.renderRoot.querySelector<HTMLElement>(selector);
      if (el && el.style[property] !== value) el.style[property] = value;
    };
    const px = (value: number): string => (value ? `${value}px` : '');
    set('figure > .title', 'minHeight', px(room.title));
    set('figure > .subtitle', 'minHeight', px(room.subtitle));
    set('figure > .legend', 'minHeight', px(room.legend));
    set('figure > figcaption', 'minHeight', px(room.caption));
    set('figure > .plot', 'marginTop', room.top ? `calc(0.5em + ${room.top}px)` : '');
    set('figure', 'paddingBottom', px(room.bottom));
  }

  /** @internal The views whose frames the plot's place is reserved for. */
  reserveViews(): readonly string[] {
    if (!this.fill || this.problem || this.sizer.size.width === 0) return [];
    return this.frameViews;
  }

  /** @internal Takes the plot's size from the layout just made (a chart laid out while hidden, story/lay-out-hidden.ts). */
  measurePlot(): void {
    this.sizer.measureNow();
  }

  /** @internal A view's frame at the current size, with an empty plot and its table closed (no rows), to measure. */
  frameFor(view: string): { frame: TemplateResult; minPlot: number } {
    const closed = { open: false, onToggle: () => undefined };
    const text = this.chart.text?.(bundle, view, this.lang, this.chartDataset());
    const model = text ? undefined : this.layout(this.plotSize(), view);
    const frame = chartFrame(text ?? (model as M).text, html``, this.lang, bundle.sources, this.fill, this.fill, closed);
    return { frame, minPlot: model?.minHeight ?? 0 };
  }

  /** @internal What a view's frame depends on besides the view: the plot's width, the language, a short screen. */
  reserveKey(): string {
    return `${this.sizer.size.width} ${this.lang} ${shortScreen().matches}`;
  }

  protected override render(): TemplateResult {
    const { lang, fill } = this;
    const table = { open: this.tableOpen, onToggle: this.onTableToggle };
    if (this.frameText && !this.problem) return chartFrame(this.frameText, html``, lang, bundle.sources, fill, fill, table);
    if (this.problem || !this.model) return problemMessage(this.problem ?? { kind: 'failed' }, lang);
    return chartFrame(this.model.text, this.chart.plot(this.model), lang, bundle.sources, fill, fill, table);
  }

  protected override firstUpdated(): void {
    void loadMarksMotion();
    // The plot's size is known only after the first render; observe it so the layout fits it.
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (plot) this.sizer.observe(plot);
    if (this.prerenderedState && this.shadowRoot) restoreReaderState(this.shadowRoot, this.prerenderedState);
    this.prerenderedState = undefined;
  }

  protected override updated(): void {
    if (this.fill && !isServer) this.reserveRoom();
    // A chart first shown as a problem message gets its plot later: observe it once it exists.
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (plot && !this.sizer.observes(plot)) this.sizer.observe(plot);
    if (this.marksBefore) {
      marksMotion?.animateMarks(this.renderRoot, this.marksBefore);
      this.marksBefore = undefined;
    }
  }
}
