import { CHART_TEXT_MIN, chartZoom } from './present-page.ts';

/**
 * The chart's column against the text's (1.3fr by default), tried in turn while a slide's text does not fit: in
 * steps of 0.05, so the chart keeps as much of the slide as the text leaves it (at 1024×768 a step is about 10 px).
 */
const CHART_SPLITS = Array.from({ length: 10 }, (_, i) => `${(125 - 5 * i) / 100}fr`);

/**
 * Fits each slide to the screen: the chart laid out for a smaller box and zoomed up (`--present-zoom`, more for a
 * chart that draws small text), a long text given more of the slide (`--chart-fr`), then shrunk (`--fit`).
 */
export class SlideFit {
  private fitFrame = 0;
  private chartTimer = 0;

  constructor(private readonly story: HTMLElement) {}

  /** The charts' zoom for the screen's height. */
  fitChart(): void {
    this.story.style.setProperty('--present-zoom', String(chartZoom(window.innerHeight)));
    void this.fitChartText();
  }

  /** A new slide, `step`: its chart, now and once more in case its code has just arrived, and its text. */
  fitSlide(step: HTMLElement | undefined): void {
    void this.fitChartText();
    // A chart whose code has just arrived draws the build's view first, then the slide's: look again.
    window.clearTimeout(this.chartTimer);
    this.chartTimer = window.setTimeout(() => void this.fitChartText(), 600);
    this.fitText(step);
  }

  /** Stops what is still to come: the text's check on the next frame, the chart's second look. */
  stop(): void {
    window.cancelAnimationFrame(this.fitFrame);
    window.clearTimeout(this.chartTimer);
  }

  /** Takes the fitting off the story, its charts and its steps' cards. */
  clear(steps: readonly HTMLElement[]): void {
    this.story.style.removeProperty('--present-zoom');
    this.story.style.removeProperty('--chart-fr');
    for (const chart of this.story.querySelectorAll<HTMLElement>('.graphic-inner > *')) chart.style.removeProperty('--present-zoom');
    for (const el of steps) el.querySelector<HTMLElement>('.step-card')?.style.removeProperty('--fit');
  }

  /** A chart drawing text smaller than most (once it has drawn the slide's view) is drawn larger on its own. */
  private async fitChartText(): Promise<void> {
    const chart = this.story.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('.graphic-inner > .is-active');
    if (!chart) return;
    await customElements.whenDefined(chart.localName);
    await chart.updateComplete;
    if (!chart.classList.contains('is-active') || !this.story.classList.contains('presenting')) return;
    const sizes = [...(chart.shadowRoot?.querySelectorAll('.plot svg text[font-size]') ?? [])].map((t) =>
      parseFloat(t.getAttribute('font-size') ?? ''),
    );
    const smallest = Math.min(CHART_TEXT_MIN, ...sizes.filter((size) => size > 0));
    if (smallest < CHART_TEXT_MIN) chart.style.setProperty('--present-zoom', String(chartZoom(window.innerHeight, smallest)));
    else chart.style.removeProperty('--present-zoom');
  }

  /**
   * Gives the text of `step` more of the slide (the chart's column narrows, and the chart lays out for it), then
   * shrinks it (never below 60 % of its size) until it fits its box: no slide ever scrolls.
   */
  fitText(step: HTMLElement | undefined): void {
    window.cancelAnimationFrame(this.fitFrame);
    const card = step?.querySelector<HTMLElement>('.step-card');
    if (!card) return;
    const over = (): boolean => card.scrollHeight > card.clientHeight + 1;
    card.style.setProperty('--fit', '1');
    this.story.style.removeProperty('--chart-fr');
    const fit = (): void => {
      for (const split of CHART_SPLITS) {
        if (!over()) break;
        this.story.style.setProperty('--chart-fr', split);
      }
      for (let scale = 1; scale > 0.6 && over();) {
        scale = Math.round((scale - 0.05) * 100) / 100;
        card.style.setProperty('--fit', String(scale));
      }
    };
    fit();
    // Once fonts and the chart have settled the box may differ: check again on the next frame.
    this.fitFrame = window.requestAnimationFrame(fit);
  }
}
