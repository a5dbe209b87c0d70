import { CHART_LOADERS } from '../../charts/loaders.ts';
import { CHART_TAGS, isChartId } from '../../charts/kit/registry.ts';
import type { Lang } from '../../model/types.ts';

/** A chart element once its code has loaded and it has drawn its current view. */
type Drawn = HTMLElement & { updateComplete?: Promise<boolean> };

/** The title a chart element shows in its frame once drawn (the frame's heading), or ''. */
export async function drawnTitle(chart: Drawn): Promise<string> {
  await customElements.whenDefined(chart.localName);
  await chart.updateComplete;
  return chart.shadowRoot?.querySelector('.title')?.textContent?.trim() ?? '';
}

/** The speaker's previews of the next slide's chart: one live chart element per chart, reused from slide to slide. */
export class ChartPreviews {
  private readonly previews = new Map<string, HTMLElement>();

  constructor(private readonly lang: Lang) {}

  /** A small live chart of the step, drawn by the same element as the story's, out of the keyboard's way. */
  boxFor(step: HTMLElement): HTMLElement {
    const box = document.createElement('div');
    box.className = 'speaker-preview';
    const id = step.dataset.chart ?? '';
    if (!isChartId(id)) return box;
    let chart = this.previews.get(id);
    if (!chart) {
      const entry = CHART_TAGS[id];
      void CHART_LOADERS[id]();
      chart = document.createElement(entry.tag);
      chart.setAttribute('fill', '');
      chart.setAttribute('lang', this.lang);
      if ('dataset' in entry) chart.setAttribute('dataset', entry.dataset);
      this.previews.set(id, chart);
    }
    chart.setAttribute('view', step.dataset.view ?? '');
    // The next slide's text says what it shows; the preview is a glance for the speaker, not a second chart to read.
    chart.inert = true;
    chart.setAttribute('aria-hidden', 'true');
    box.append(chart);
    return box;
  }
}
