import { expect, type Page } from '@playwright/test';
import { CHART_TAGS as CHART_REGISTRY } from '../../src/charts/kit/registry.ts';

/** Collects console errors and page errors so a test can assert the console stayed clean. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

export interface StepState {
  active: number;
  id: string;
  /** tag of the chart element shown */
  tag: string;
  /** its view */
  view: string;
  /** whether its plot has drawn something */
  drawn: boolean;
}

/** What the page shows now: the active step and the chart that is visible. */
export async function stepState(page: Page): Promise<StepState> {
  return page.evaluate(() => {
    const story = document.querySelector('kc-story') as HTMLElement & { activeIndex: number };
    const step = document.querySelectorAll<HTMLElement>('.step')[story.activeIndex];
    const chart = document.querySelector<HTMLElement & { view: string }>('.graphic-inner > .is-active');
    const plot = chart?.shadowRoot?.querySelector('.plot');
    return {
      active: story.activeIndex,
      id: step?.dataset.step ?? '',
      tag: chart?.tagName.toLowerCase() ?? '',
      view: chart?.view ?? '',
      drawn: !!plot && plot.children.length > 0 && (plot.textContent?.trim().length ?? 0) > 0,
    };
  });
}

/** The steps as the page declares them. */
export async function declaredSteps(page: Page): Promise<{ id: string; chart: string; view: string }[]> {
  return page.$$eval('.step', (els) =>
    els.map((el) => ({
      id: (el as HTMLElement).dataset.step ?? '',
      chart: (el as HTMLElement).dataset.chart ?? '',
      view: (el as HTMLElement).dataset.view ?? '',
    })),
  );
}

/** The element tag of each chart id, from the registry the story itself uses. */
export const CHART_TAGS: Record<string, string> = Object.fromEntries(Object.entries(CHART_REGISTRY).map(([id, entry]) => [id, entry.tag]));

/** Waits until the story shows step `id` with its chart and view drawn. */
export async function expectStep(page: Page, step: { id: string; chart: string; view: string }): Promise<void> {
  await expect
    .poll(() => stepState(page), { timeout: 5000 })
    .toMatchObject({ id: step.id, tag: CHART_TAGS[step.chart], view: step.view, drawn: true });
}

/**
 * Scrolls as a reader would, in wheel steps, until the step's top is just above the trigger line. A wheel scroll
 * is applied (and may be animated) after `mouse.wheel` returns, so each step waits for the page to stop moving
 * before it measures again: measuring mid-scroll could stop short, or send a second wheel that overshoots.
 */
export async function wheelTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const delta = await page.evaluate((stepId) => {
      const el = document.getElementById(stepId);
      if (!el) return 0;
      const line = Math.round(window.innerHeight * 0.5);
      return el.getBoundingClientRect().top - (line - 40);
    }, id);
    if (Math.abs(delta) < 30) return;
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, Math.max(-600, Math.min(600, delta)));
    await scrollStill(page, before);
  }
}

/** Waits until the page has left scroll position `from` (a wheel at the page's end moves nothing: 300 ms at most), then is still. */
async function scrollStill(page: Page, from: number): Promise<void> {
  await page.waitForFunction((start) => window.scrollY !== start, from, { timeout: 300 }).catch(() => undefined);
  await settle(page, 70);
}

/** A `kc-step` event as the page fired it, with the time (ms since the document started) it fired. */
export interface StepEvent {
  index: number;
  id: string;
  chart: string;
  view: string;
  t: number;
}

/** Records every `kc-step` event from the start of every document the page loads (reloads too) in `window.__steps`. */
export async function recordSteps(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __steps: unknown[] };
    w.__steps = [];
    document.addEventListener('kc-step', (event) => {
      w.__steps.push({ ...(event as CustomEvent<object>).detail, t: performance.now() });
    });
  });
}

/** The `kc-step` events recorded since the document started, or since `clearSteps`. */
export async function recordedSteps(page: Page): Promise<StepEvent[]> {
  return page.evaluate(() => (window as unknown as { __steps?: StepEvent[] }).__steps ?? []);
}

export async function clearSteps(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __steps: unknown[] }).__steps = [];
  });
}

/**
 * Waits until scrolling has settled: the scroll position has not moved for `quietMs` (longer than the engine's
 * settle delay) and no resize is pending.
 */
export async function settle(page: Page, quietMs = 400): Promise<void> {
  await page.evaluate(
    (quiet) =>
      new Promise<void>((resolve) => {
        let last = `${window.scrollY} ${window.innerWidth} ${window.innerHeight}`;
        let since = performance.now();
        const tick = (): void => {
          const now = performance.now();
          const state = `${window.scrollY} ${window.innerWidth} ${window.innerHeight}`;
          if (state !== last) {
            last = state;
            since = now;
          }
          if (now - since >= quiet) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    quietMs,
  );
}

/** What a step shows: its id, the tag of its chart, its view. */
export interface StepLook {
  id: string;
  tag: string;
  view: string;
}

/**
 * The step on screen, from positions alone: the last step whose top has crossed the trigger line at 50 % of the
 * current viewport height (the first step before any has), and what the page shows.
 */
export async function screenAndShown(page: Page): Promise<{ onScreen: StepLook; shown: StepLook & { drawn: boolean } }> {
  const [raw, shown] = await Promise.all([
    page.evaluate(() => {
      const line = Math.round(window.innerHeight * 0.5);
      const steps = [...document.querySelectorAll<HTMLElement>('.step')];
      let active = 0;
      steps.forEach((s, i) => {
        if (s.getBoundingClientRect().top <= line) active = i;
      });
      const step = steps[active];
      return { id: step?.dataset.step ?? '', chart: step?.dataset.chart ?? '', view: step?.dataset.view ?? '' };
    }),
    stepState(page),
  ]);
  return {
    onScreen: { id: raw.id, tag: CHART_TAGS[raw.chart] ?? raw.chart, view: raw.view },
    shown: { id: shown.id, tag: shown.tag, view: shown.view, drawn: shown.drawn },
  };
}

/**
 * Waits until the page shows the step on screen with its chart and view drawn, and checks it still does once
 * scrolling has settled. Returns the step's id; with `id`, the step on screen must be that one.
 */
export async function expectStepOnScreen(page: Page, id?: string): Promise<string> {
  await expect(async () => {
    const { onScreen, shown } = await screenAndShown(page);
    expect(shown).toEqual({ ...onScreen, drawn: true });
  }).toPass({ timeout: 5000, intervals: [50, 100, 200] });
  await settle(page);
  const { onScreen, shown } = await screenAndShown(page);
  const chart = shown.drawn ? '' : ` (the chart shows: ${await shownChartText(page)})`;
  expect(shown, `still the step on screen once settled${chart}`).toEqual({ ...onScreen, drawn: true });
  if (id !== undefined) expect(onScreen.id).toBe(id);
  return onScreen.id;
}

/** What the shown chart's shadow root holds, in short: to tell an empty plot from a message in a failure. */
async function shownChartText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const chart = document.querySelector('.graphic-inner > .is-active');
    const root = chart?.shadowRoot;
    if (!root) return chart ? `no shadow root; light DOM "${chart.textContent?.trim().slice(0, 80)}"` : 'no active chart';
    const plot = root.querySelector('.plot');
    const text = (plot ?? root).textContent?.replace(/\s+/g, ' ').trim().slice(0, 120);
    return `${plot ? `plot ${plot.getBoundingClientRect().width}×${plot.getBoundingClientRect().height}, ${plot.children.length} children` : 'no plot'}: "${text}"`;
  });
}

/** Asserts the page does not scroll sideways. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    inner: window.innerWidth,
  }));
  expect(widths.scroll, `page width ${JSON.stringify(widths)}`).toBeLessThanOrEqual(widths.client);
}

/**
 * Checks the active step's card can be read beside or below the chart: it lies within the viewport's width and,
 * where graphic and steps stand side by side, never covers the plot; where they are stacked, the plot ends
 * above the trigger line, so a card entering at the line starts below it.
 */
export async function expectCardClearOfPlot(page: Page): Promise<void> {
  const layout = await page.evaluate(() => {
    const rect = (el: Element | null | undefined) => {
      const r = el?.getBoundingClientRect();
      return r ? { left: r.left, right: r.right, top: r.top, bottom: r.bottom } : null;
    };
    const card = document.querySelector('.step.is-active .step-card');
    const chart = document.querySelector('.graphic-inner > .is-active');
    return {
      card: rect(card),
      plot: rect(chart?.shadowRoot?.querySelector('.plot')),
      steps: rect(document.querySelector('.steps')),
      graphic: rect(document.querySelector('.graphic')),
      line: Math.round(window.innerHeight * 0.5),
      width: document.documentElement.clientWidth,
    };
  });
  const { card, plot, steps, graphic, line, width } = layout;
  if (!card || !plot || !steps || !graphic) throw new Error(`missing layout boxes: ${JSON.stringify(layout)}`);
  const where = JSON.stringify(layout);
  expect(card.left, where).toBeGreaterThanOrEqual(-0.5);
  expect(card.right, where).toBeLessThanOrEqual(width + 0.5);
  const sideBySide = graphic.left >= steps.right - 0.5 || graphic.right <= steps.left + 0.5;
  if (sideBySide) {
    const overlapX = Math.min(card.right, plot.right) - Math.max(card.left, plot.left);
    const overlapY = Math.min(card.bottom, plot.bottom) - Math.max(card.top, plot.top);
    expect(overlapX <= 0.5 || overlapY <= 0.5, `the card covers the plot: ${where}`).toBe(true);
  } else {
    expect(plot.bottom, `the plot reaches below the trigger line: ${where}`).toBeLessThanOrEqual(line + 1);
  }
}

/**
 * What a reader sees of the active step and its chart: no step card covers any text of the active chart (title,
 * subtitle, legend, axis labels, annotations: at each text's centre the page shows the chart, not a card); and
 * where graphic and steps are stacked (phones), the active card fits the room between the trigger line and the
 * bottom of the screen, so it can be read whole below the graphic. `where` names the step in a failure.
 */
export async function expectChartUncovered(page: Page, where: string): Promise<void> {
  const seen = await page.evaluate(() => {
    const chart = document.querySelector('.graphic-inner > .is-active');
    const root = chart?.shadowRoot;
    const graphic = document.querySelector('.graphic')?.getBoundingClientRect();
    const steps = document.querySelector('.steps')?.getBoundingClientRect();
    const card = document.querySelector('.step.is-active .step-card')?.getBoundingClientRect();
    if (!root || !graphic || !steps || !card) return { error: 'no active chart, graphic or card' };
    const texts = [...root.querySelectorAll<Element>('.title, .subtitle, .legend li, .plot svg text')];
    const covered: string[] = [];
    for (const text of texts) {
      const r = text.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) continue;
      const top = document.elementFromPoint(x, y);
      if (top?.closest('.step-card'))
        covered.push(`"${(text.textContent ?? '').trim().slice(0, 40)}" at ${Math.round(x)},${Math.round(y)}`);
    }
    const stacked = !(graphic.left >= steps.right - 0.5 || graphic.right <= steps.left + 0.5);
    return {
      covered,
      texts: texts.length,
      stacked,
      cardHeight: Math.round(card.height),
      room: Math.round(window.innerHeight - Math.round(window.innerHeight * 0.5)),
      graphicBottom: Math.round(graphic.bottom),
      line: Math.round(window.innerHeight * 0.5),
    };
  });
  if ('error' in seen) throw new Error(`${where}: ${seen.error}`);
  expect(seen.texts, `${where}: the chart has text to check`).toBeGreaterThan(0);
  expect(seen.covered, `${where}: a card covers the chart's text`).toEqual([]);
  if (seen.stacked) {
    expect(seen.graphicBottom, `${where}: the graphic ends above the trigger line`).toBeLessThanOrEqual(seen.line);
    expect(seen.cardHeight, `${where}: the card fits the room below the graphic (${seen.room} px)`).toBeLessThanOrEqual(seen.room - 8);
  }
}

/**
 * Checks a step at rest after a deep link or a step key (its top just above the trigger line): on phones its card
 * lies whole between the graphic and the bottom of the screen.
 */
export async function expectCardAtRest(page: Page, where: string): Promise<void> {
  const box = await page.evaluate(() => {
    const graphic = document.querySelector('.graphic')?.getBoundingClientRect();
    const steps = document.querySelector('.steps')?.getBoundingClientRect();
    const card = document.querySelector('.step.is-active .step-card')?.getBoundingClientRect();
    if (!graphic || !steps || !card) return null;
    const stacked = !(graphic.left >= steps.right - 0.5 || graphic.right <= steps.left + 0.5);
    return { stacked, top: card.top, bottom: card.bottom, graphicBottom: graphic.bottom, height: window.innerHeight };
  });
  if (!box) throw new Error(`${where}: no graphic or active card`);
  const detail = `${where}: ${JSON.stringify(box)}`;
  if (box.stacked) expect(box.top, `card below the graphic, ${detail}`).toBeGreaterThanOrEqual(box.graphicBottom - 0.5);
  expect(box.bottom, `card on screen, ${detail}`).toBeLessThanOrEqual(box.height + 0.5);
}

/** Scrolls at once (as a jump does) so the top of step `id` sits `y` px from the viewport top. */
export async function placeStepTop(page: Page, id: string, y: number): Promise<void> {
  await page.evaluate(
    ([stepId, at]) => {
      const el = document.getElementById(stepId);
      if (!el) throw new Error(`no step ${stepId}`);
      window.scrollTo({ top: window.scrollY + el.getBoundingClientRect().top - at, behavior: 'instant' });
    },
    [id, y] as const,
  );
}

/**
 * Scrolls by `dy` px in one continuous gesture, as a finger or a trackpad does (no settling until it ends), at
 * `speed` px/s, and reports each animation frame meanwhile: the step on the line and the step the story shows.
 */
export async function gestureFrames(page: Page, dy: number, speed = 1200): Promise<{ line: number; shown: number; y: number }[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[][]; __sampling: boolean };
    w.__frames = [];
    w.__sampling = true;
    const story = document.querySelector('kc-story') as HTMLElement & { activeIndex: number };
    const steps = [...document.querySelectorAll<HTMLElement>('.step')];
    const tick = (): void => {
      if (!w.__sampling) return;
      const line = Math.round(window.innerHeight * 0.5);
      let onLine = 0;
      steps.forEach((s, i) => {
        if (s.getBoundingClientRect().top <= line) onLine = i;
      });
      w.__frames.push([onLine, story.activeIndex, Math.round(window.scrollY)]);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const cdp = await page.context().newCDPSession(page);
  // DevTools' synthetic gesture scrolls up for a positive distance.
  await cdp.send('Input.synthesizeScrollGesture', { x: 20, y: 200, yDistance: -dy, speed, gestureSourceType: 'default' });
  await cdp.detach();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[][]; __sampling: boolean };
    w.__sampling = false;
    return w.__frames;
  });
  return frames.map(([line = 0, shown = 0, y = 0]) => ({ line, shown, y }));
}

/** The longest run of consecutive frames in which the story showed another step than the one on the line. */
export function longestLag(frames: { line: number; shown: number }[]): { frames: number; at: { line: number; shown: number }[] } {
  let run: { line: number; shown: number }[] = [];
  let worst: { line: number; shown: number }[] = [];
  for (const f of frames) {
    run = f.line === f.shown ? [] : [...run, f];
    if (run.length > worst.length) worst = run;
  }
  return { frames: worst.length, at: worst.slice(0, 3) };
}

/** A layout shift the reader did not cause by a tap or a key, with the step active when it happened. */
export interface LayoutShift {
  value: number;
  step: string;
}

/** Starts recording layout shifts (those the Layout Instability API counts toward CLS), from the page's start. */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __shifts: LayoutShift[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (entry.hadRecentInput) continue;
        const step = document.querySelector<HTMLElement>('.step.is-active')?.dataset.step ?? '(none)';
        w.__shifts.push({ value: entry.value, step });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shifts recorded so far, summed by step, largest first. */
export async function layoutShiftsByStep(page: Page): Promise<{ total: number; byStep: [string, number][] }> {
  const shifts = await page.evaluate(() => (window as unknown as { __shifts?: LayoutShift[] }).__shifts ?? []);
  const byStep = new Map<string, number>();
  for (const { value, step } of shifts) byStep.set(step, (byStep.get(step) ?? 0) + value);
  const total = shifts.reduce((sum, s) => sum + s.value, 0);
  return { total, byStep: [...byStep].sort((a, b) => b[1] - a[1]) };
}
