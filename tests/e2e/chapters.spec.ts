import { expect, test, type Page } from '@playwright/test';
import { labelOverlaps } from './label-overlaps.ts';
import { declaredSteps, expectStep, watchConsole, wheelTo } from './story-page.ts';

/**
 * The place and villages chapters, scrolled as a reader would at both viewports, in both languages: each
 * step shows its chart and view, and no two labels of the chart overlap on screen.
 */

/** The steps of the chapter that step `first` opens (up to the next chapter). */
async function chapterSteps(page: Page, first: string): Promise<{ id: string; chart: string; view: string }[]> {
  const steps = await declaredSteps(page);
  const opens = await page.$$eval('.step', (els) => els.map((el) => el.classList.contains('opens-chapter')));
  const start = steps.findIndex((s) => s.id === first);
  expect(start, `step ${first}`).toBeGreaterThanOrEqual(0);
  const end = opens.findIndex((o, i) => i > start && o);
  return steps.slice(start, end < 0 ? undefined : end);
}

/** Pairs of visible labels in the shown chart that overlap by more than a pixel each way. */
function overlappingLabels(page: Page): Promise<string[]> {
  return labelOverlaps(page, { chart: '.graphic-inner > .is-active', texts: 'svg text', minOverlap: 1 });
}

for (const lang of ['zh', 'en'] as const) {
  for (const chapter of ['place', 'villages']) {
    test(`the ${chapter} chapter in ${lang}: every step's view, no overlapping labels`, async ({ page }) => {
      test.setTimeout(120_000);
      const errors = watchConsole(page);
      await page.goto(lang === 'zh' ? './' : './en/');
      const steps = await chapterSteps(page, chapter);
      expect(steps.length).toBeGreaterThanOrEqual(chapter === 'villages' ? 4 : 1);
      for (const step of steps) {
        await wheelTo(page, step.id);
        await expectStep(page, step);
        // Let a view's move finish before measuring where its labels end up.
        await page.waitForTimeout(700);
        expect(await overlappingLabels(page), `labels of ${step.id}`).toEqual([]);
      }
      expect(errors).toEqual([]);
    });
  }
}
