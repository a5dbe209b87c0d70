import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { watchConsole } from './story-page.ts';

/**
 * The corrections log (`[corrections]` in the story files): on the page after the last step, the method, with
 * scripts and without; its newest date in the byline; in the handouts after the sources, and in the offline copy.
 */
const PAGES = [
  { path: '/', lang: 'zh', heading: '更正与更新', label: /^(更正|更新)（\d{4}年\d{1,2}月\d{1,2}日）：/ },
  { path: '/en/', lang: 'en', heading: 'Corrections and updates', label: /^(Correction|Update), \d{1,2} [A-Z][a-z]+ \d{4}:/ },
] as const;

const countEntries = (html: string): number => html.match(/<li class="correction"/g)?.length ?? 0;

/** Checks the log on a loaded page: where it is, what each entry says, that a reader sees it, and the byline's date. */
async function expectLog(page: Page, heading: string, label: RegExp): Promise<void> {
  const log = page.locator('section.corrections');
  await expect(log.locator('h2')).toHaveText(heading);
  const entries = log.locator('li.correction');
  expect(await entries.count()).toBeGreaterThanOrEqual(1);
  for (const text of await log.locator('.correction-label').allTextContents()) expect(text).toMatch(label);
  // Its numbers are the data's, as in the steps.
  expect(await log.locator('data.fig').count()).toBeGreaterThanOrEqual(1);

  // Right under the method, the last step: after its text, with nothing between but the steps' end.
  const order = await page.evaluate(() => {
    const steps = [...document.querySelectorAll<HTMLElement>('.step')];
    const last = steps[steps.length - 1];
    const card = last?.querySelector('.step-card')?.getBoundingClientRect();
    const box = document.querySelector('section.corrections')?.getBoundingClientRect();
    return { last: last?.id, cardBottom: card?.bottom ?? Infinity, logTop: box?.top ?? -Infinity };
  });
  expect(order.last).toBe('takeaway-2026');
  expect(order.logTop).toBeGreaterThanOrEqual(order.cardBottom);

  // Scrolled to, it is on screen and nothing (the sticky graphic, a step) covers it.
  await log.locator('h2').scrollIntoViewIfNeeded();
  await expect(log).toBeInViewport();
  const covered = await log.locator('h2').evaluate((h) => {
    const r = h.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + 4, r.top + r.height / 2);
    return top === h || h.contains(top) ? '' : (top?.outerHTML.slice(0, 80) ?? 'nothing');
  });
  expect(covered).toBe('');

  // The byline is dated by the newest entry (the story's own `updated` is older).
  const dates = await log.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  const newest = [...dates].sort().pop();
  expect(dates[0], 'newest first').toBe(newest);
  await expect(page.locator('.story-header .byline time')).toHaveAttribute('datetime', newest ?? '');
}

for (const { path, lang, heading, label } of PAGES) {
  test(`the corrections log follows the method at ${path}, with and without scripts, and dates the byline`, async ({
    page,
    browser,
  }, testInfo) => {
    const errors = watchConsole(page);
    await page.goto(path);
    await expect(page.locator('kc-story.is-live')).toHaveCount(1, { timeout: 15_000 });
    await expectLog(page, heading, label);
    expect(errors).toEqual([]);

    const context = await browser.newContext({ javaScriptEnabled: false, viewport: testInfo.project.use.viewport ?? null });
    const still = await context.newPage();
    await still.goto(path);
    await expect(still.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : 'en');
    await expectLog(still, heading, label);
    await context.close();
  });
}

test('the handouts and the offline copies carry the same log, after the sources', async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the handout does not depend on the viewport');
  const outDir = resolve(process.env.KC_OUT_DIR ?? 'dist');
  for (const { path, lang, heading, label } of PAGES) {
    const entries = countEntries(await (await request.get(path)).text());
    expect(entries).toBeGreaterThanOrEqual(1);
    for (const kind of ['', 'teacher/']) {
      await page.goto(`${path}handout/${kind}`);
      const log = page.locator('section.corrections');
      await expect(log.locator('h2')).toHaveText(heading);
      await expect(log.locator('li.correction')).toHaveCount(entries);
      await expect(log.locator('.correction-label').first()).toHaveText(label);
      const after = await page.evaluate(() => {
        const sources = document.querySelector('section.sources');
        const corrections = document.querySelector('section.corrections');
        return !!sources && !!corrections && !!(sources.compareDocumentPosition(corrections) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(after, 'the log comes after the sources').toBe(true);
    }
    const offline = readFileSync(resolve(outDir, `offline/kecheng-five-years-${lang}.html`), 'utf8');
    expect(countEntries(offline), `offline copy in ${lang}`).toBe(entries);
  }
});
