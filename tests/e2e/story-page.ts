import { expect, type Page } from '@playwright/test';

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

export const CHART_TAGS: Record<string, string> = {
  gdp: 'kc-line-chart',
  income: 'kc-income-chart',
  scorecard: 'kc-scorecard',
  structure: 'kc-structure-chart',
  tracker: 'kc-target-tracker',
  figures: 'kc-figures',
};

/** Waits until the story shows step `id` with its chart and view drawn. */
export async function expectStep(page: Page, step: { id: string; chart: string; view: string }): Promise<void> {
  await expect
    .poll(() => stepState(page), { timeout: 5000 })
    .toMatchObject({ id: step.id, tag: CHART_TAGS[step.chart], view: step.view, drawn: true });
}

/** Scrolls as a reader would, in wheel steps, until the step's top is just above the trigger line. */
export async function wheelTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const delta = await page.evaluate((stepId) => {
      const el = document.getElementById(stepId);
      if (!el) return 0;
      const line = Math.round(window.innerHeight * 0.6);
      return el.getBoundingClientRect().top - (line - 40);
    }, id);
    if (Math.abs(delta) < 30) return;
    await page.mouse.wheel(0, Math.max(-600, Math.min(600, delta)));
    await page.waitForTimeout(30);
  }
}
