/**
 * Hidden charts (`content-visibility: hidden`, page-scrolly.css) keep what they drew but skip layout: a chart drawn
 * hidden as the next step's would otherwise be laid out in the frame that shows it, under the reader's scroll (the
 * largest part of a step change's cost on a phone, issue 13). This lays such a chart out at an idle moment instead;
 * hidden again, it keeps that layout, and showing it only paints.
 */

/** A chart element the story draws hidden; `updateComplete` and `measurePlot` once its code has loaded. */
interface HiddenChart extends HTMLElement {
  updateComplete?: Promise<boolean>;
  measurePlot?: () => void;
}

const idle = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else window.setTimeout(resolve, 200);
  });

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Lays the chart's content out now, unless it is shown. Its `content-visibility` is lifted for one forced layout,
 * with no transition (page-scrolly.css delays the property's change by the fade's length), and put back.
 */
export function layOutNow(chart: HiddenChart, shown: (chart: HTMLElement) => boolean): void {
  if (shown(chart) || !chart.isConnected) return;
  const { style } = chart;
  style.transition = 'none';
  style.contentVisibility = 'visible';
  chart.shadowRoot?.firstElementChild?.getBoundingClientRect();
  // Observers do not report sizes inside a hidden chart: it takes its plot's size from this layout, and is drawn at
  // that size (its render follows in this task), not in the frame that shows it.
  chart.measurePlot?.();
  style.contentVisibility = '';
  // The hidden value applies now, while the transition is off; then the page's transition comes back.
  void getComputedStyle(chart).contentVisibility;
  style.transition = '';
}

/**
 * Once the hidden chart has drawn (its code loaded, its render done), lays it out at an idle moment; and again once
 * its plot, measured by that layout, has had the chart drawn at its size.
 */
export async function layOutWhenDrawn(chart: HiddenChart, shown: (chart: HTMLElement) => boolean): Promise<void> {
  await customElements.whenDefined(chart.localName);
  await chart.updateComplete;
  await idle();
  layOutNow(chart, shown);
  await nextFrame();
  await chart.updateComplete;
  await idle();
  layOutNow(chart, shown);
}
