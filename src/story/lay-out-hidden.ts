/**
 * Hidden charts (`content-visibility: hidden`, page-scrolly.css) keep what they drew but skip layout: a chart drawn
 * hidden as the next step's would otherwise be laid out in the frame that shows it, under the reader's scroll (the
 * largest part of a step change's cost on a phone, issue 13). This lays such a chart out at an idle moment instead;
 * hidden again, it keeps that layout, and showing it only paints.
 */

import { whenIdle } from './when-idle.ts';

/** A chart element the story draws hidden; `updateComplete` and `measurePlot` once its code has loaded. */
interface HiddenChart extends HTMLElement {
  updateComplete?: Promise<boolean>;
  measurePlot?: () => void;
}

const idle = (): Promise<void> => new Promise((resolve) => whenIdle(resolve));

/** Whether the story shows the chart (its one class for that, set by kc-story.ts). */
const shown = (chart: HTMLElement): boolean => chart.classList.contains('is-active');

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The render each chart was last laid out after, and the window's size then: Lit gives every update its own
 * `updateComplete` promise, so the same one means nothing was drawn since, and a neighbour prepared again (each step
 * prepares both) needs no layout.
 */
const laidOut = new WeakMap<HiddenChart, { render?: Promise<boolean>; window: string }>();
const windowSize = (): string => `${window.innerWidth}×${window.innerHeight}`;

/**
 * Lays the chart's content out now, unless it is shown. Its `content-visibility` is lifted for one forced layout,
 * with no transition (page-scrolly.css delays the property's change by the fade's length), and put back.
 */
function layOutNow(chart: HiddenChart): void {
  if (shown(chart) || !chart.isConnected) return;
  const { style } = chart;
  style.transition = 'none';
  style.contentVisibility = 'visible';
  chart.shadowRoot?.firstElementChild?.getBoundingClientRect();
  style.contentVisibility = '';
  // The hidden value applies now, while the transition is off; then the page's transition comes back.
  void getComputedStyle(chart).contentVisibility;
  style.transition = '';
}

/**
 * Once the hidden chart has drawn (its code loaded, its render done), lays it out at an idle moment; at the next,
 * gives it its plot's size from that layout (observers do not report sizes inside a hidden chart), so it is drawn at
 * its size (that render follows in the same task) and not in the frame that shows it; and lays that out at a third.
 * Three moments, not one: each is a task short enough not to hold up a frame for long.
 */
export async function layOutWhenDrawn(chart: HiddenChart): Promise<void> {
  await customElements.whenDefined(chart.localName);
  await chart.updateComplete;
  const last = laidOut.get(chart);
  if (last && last.render === chart.updateComplete && last.window === windowSize()) return;
  await idle();
  layOutNow(chart);
  await idle();
  if (shown(chart) || !chart.isConnected) return;
  chart.measurePlot?.();
  await chart.updateComplete;
  await nextFrame();
  await idle();
  layOutNow(chart);
  if (!shown(chart)) laidOut.set(chart, { render: chart.updateComplete, window: windowSize() });
}
