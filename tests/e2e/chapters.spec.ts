import { expect, test, type Page } from '@playwright/test';
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

/** Pairs of visible SVG text boxes in the shown chart that overlap by more than a pixel each way. */
async function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const chart = document.querySelector('.graphic-inner > .is-active');
    const texts = [...(chart?.shadowRoot?.querySelectorAll('svg text') ?? [])].filter((t) => {
      const style = getComputedStyle(t);
      return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0 && t.textContent?.trim();
    });
    // A text's client box spans its font's whole ascent and descent, which differ by font and browser version
    // (1.3–1.45 em for CJK fonts) and overlap between lines set 1.2 em apart, or between a large number and the
    // line above it, where no ink meets. Vertically, each text is taken as its em box on screen instead:
    // 0.88 em above the baseline and 0.12 em below (the ideographic em box); horizontally, as drawn.
    const emBox = (t: SVGTextElement) => {
      const box = t.getBoundingClientRect();
      const ctm = t.getScreenCTM();
      const y = t.y.baseVal.numberOfItems ? t.y.baseVal.getItem(0).value : Number.NaN;
      if (!ctm || Number.isNaN(y)) return box;
      const size = Number(getComputedStyle(t).fontSize.replace('px', '')) * Math.hypot(ctm.b, ctm.d);
      const baseline = new DOMPoint(0, y).matrixTransform(ctm).y;
      return { left: box.left, right: box.right, top: baseline - 0.88 * size, bottom: baseline + 0.12 * size };
    };
    const boxes = texts.map((t) => ({ text: t.textContent?.trim() ?? '', box: emBox(t as SVGTextElement) }));
    const found: string[] = [];
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        const dx = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const dy = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (dx > 1 && dy > 1) found.push(`"${a.text}" × "${b.text}"`);
      }
    });
    return found;
  });
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
