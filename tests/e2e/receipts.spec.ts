import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { onScreen, sightProblems } from './on-screen.ts';
import { declaredSteps, expectStep, settle, stepState, watchConsole } from './story-page.ts';

/**
 * Receipts (issue 15): every figure of the story's copy opens its source — the quoted sentence with the figure
 * marked, the document and the place in it — in a popover that keyboard, screen reader and touch can use; without
 * scripts the same notes stand under each step.
 */
const PAGES = [
  { path: '/', lang: 'zh', title: /^来源：/ },
  { path: '/en/', lang: 'en', title: /^Source of / },
] as const;

/** Links of the copy that readers see: the dek, the steps' cards, the corrections log. */
const FIGURE_LINKS = '.dek a.fig-link, .step-card a.fig-link, .corrections a.fig-link';

const popover = (page: Page) => page.locator('#kc-receipt');
const isOpen = (page: Page) => page.evaluate(() => document.querySelector('#kc-receipt')?.matches(':popover-open') ?? false);

for (const { path, lang, title } of PAGES) {
  test(`every figure a reader sees at ${path} opens its receipt, and Esc gives focus back`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'every figure once: the phone checks the sheet below');
    test.setTimeout(180_000);
    const errors = watchConsole(page);
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
    await page.goto(path);
    await page.waitForFunction(() => document.querySelector('kc-story')?.classList.contains('is-live') ?? true);
    // Every figure in what a reader sees is a link to its receipt; none is left with only a tooltip.
    const unlinked = await page
      .locator('.dek data.fig, .step-card data.fig, .corrections data.fig')
      .evaluateAll((figs) => figs.filter((f) => !f.closest('a.fig-link, a[href]')).map((f) => f.textContent));
    expect(unlinked).toEqual([]);
    expect(loaded.some((u) => /receipt-popover/.test(u))).toBe(false);

    const links = page.locator(FIGURE_LINKS);
    const count = await links.count();
    expect(count).toBeGreaterThan(40);
    for (let i = 0; i < count; i += 1) {
      const link = links.nth(i);
      const figure = ((await link.textContent()) ?? '').trim();
      await link.scrollIntoViewIfNeeded();
      await link.click();
      await expect(popover(page)).toBeVisible();
      await expect(popover(page).locator('h2')).toHaveText(title);
      await expect(popover(page).locator('h2')).toContainText(figure);
      await expect(popover(page).locator('h2')).toBeFocused();
      // A quote from a source document, with the figure marked unless it was computed; or a public source named.
      const body = popover(page).locator('.receipt-popover-body');
      const quotes = await body.locator('blockquote.receipt-quote').count();
      const how = await body.locator('.receipt-how').count();
      const outside = await body.locator('.receipt-outside').count();
      expect(quotes + outside, `${figure}: a quote or a public source`).toBeGreaterThan(0);
      if (quotes > 0 && how === 0) expect(await body.locator('blockquote mark').count(), `${figure}: marked`).toBeGreaterThan(0);
      expect(await body.locator('.receipt-where').count()).toBeGreaterThan(0);
      if (lang === 'en' && quotes > 0) expect(await body.locator('.receipt-gloss').count()).toBe(quotes);
      await page.keyboard.press('Escape');
      expect(await isOpen(page)).toBe(false);
      await expect(link).toBeFocused();
    }
    // The popover's code came on first use, once.
    expect(loaded.filter((u) => /receipt-popover/.test(u))).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  test(`at ${path} a receipt opens from the keyboard, closes from its button, and passes axe in light and dark`, async ({
    page,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'keyboard on the desktop');
    await page.goto(path);
    const link = page.locator('.step-card a.fig-link').first();
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(popover(page)).toBeVisible();
    await expect(popover(page)).toHaveAttribute('role', 'dialog');
    await expect(link).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(popover(page).locator('.receipt-popover-close')).toBeFocused();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).setLegacyMode(true).include('#kc-receipt').analyze();
      expect(results.passes.length).toBeGreaterThan(0);
      expect(results.violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    }
    await page.keyboard.press('Enter');
    expect(await isOpen(page)).toBe(false);
    await expect(link).toBeFocused();
    await expect(link).toHaveAttribute('aria-expanded', 'false');
  });

  test(`on a 360 px phone at ${path} a receipt is a sheet that fits, and a tap outside closes it`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'the phone');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    // The longest receipt: the count of every indicator, one quoted row each.
    const link = page.locator('.step-card a.fig-link').first();
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await expect(popover(page)).toBeVisible();
    const box = await popover(page).boundingBox();
    expect(box).not.toBeNull();
    if (!box) return;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    // Nothing inside is wider than the sheet.
    const overflow = await popover(page).evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.touchscreen.tap(180, 20);
    await expect(popover(page)).toBeHidden();
  });

  test(`without scripts, each step at ${path} lists its receipts under it and a figure links to its own`, async ({ browser }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'one viewport');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    const notes = page.locator('.step .receipts');
    expect(await notes.count()).toBeGreaterThan(20);
    await expect(notes.first()).toBeVisible();
    const link = page.locator('.step-card a.fig-link').first();
    const target = (await link.getAttribute('href')) ?? '';
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.locator(target)).toBeInViewport();
    await expect(page.locator(`${target} blockquote`).first()).toBeVisible();
    await context.close();
  });
}

test('the offline copy opens receipts as the page does', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one viewport');
  const errors = watchConsole(page);
  const requests: string[] = [];
  await page.goto('/offline/kecheng-five-years-en.html');
  page.on('request', (r) => requests.push(r.url()));
  const link = page.locator('.step-card a.fig-link').nth(3);
  await link.scrollIntoViewIfNeeded();
  await link.click();
  await expect(popover(page)).toBeVisible();
  await expect(popover(page).locator('.receipt-where').first()).toBeVisible();
  // Everything it needs is in the file.
  expect(requests).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(link).toBeFocused();
  expect(errors).toEqual([]);
});

for (const lang of ['zh', 'en'] as const) {
  test(`every row of an embedded scorecard's data table opens its source, quoted (${lang})`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'one viewport');
    test.setTimeout(120_000);
    const errors = watchConsole(page);
    await page.goto(`/embed/?chart=scorecard&lang=${lang}`);
    const chart = page.locator('kc-scorecard');
    await chart.locator('details summary').click();
    const buttons = chart.locator('button.receipt-button');
    // The rows are drawn once the table opens.
    await expect(buttons.first()).toBeVisible();
    const count = await buttons.count();
    expect(count).toBeGreaterThan(10);
    const receipt = chart.locator('#kc-receipt');
    for (let i = 0; i < count; i += 1) {
      const button = buttons.nth(i);
      await button.scrollIntoViewIfNeeded();
      await button.click();
      await expect(receipt).toBeVisible();
      await expect(receipt.locator('h2')).toBeFocused();
      // The scorecard's rows are all from the plan outline's Table 1: each shows its row, quoted.
      await expect(receipt.locator('blockquote.receipt-quote')).toHaveCount(1);
      await expect(receipt.locator('.receipt-where')).toContainText(lang === 'zh' ? '表 1' : 'Table 1');
      if (lang === 'en') await expect(receipt.locator('.receipt-gloss')).toHaveCount(1);
      await page.keyboard.press('Escape');
      await expect(receipt).toBeHidden();
      await expect(button).toBeFocused();
    }
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await buttons.first().click();
      await expect(receipt).toBeVisible();
      const results = await new AxeBuilder({ page }).setLegacyMode(true).include('kc-scorecard').analyze();
      expect(results.violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
      await page.keyboard.press('Escape');
    }
    expect(errors).toEqual([]);
  });
}

for (const { path, lang } of PAGES) {
  test(`in the story's graphic (${lang}), the rows of a chart's table open their sources from the keyboard`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'the tightest graphic: a phone');
    const errors = watchConsole(page);
    await page.goto(path);
    const step = (await declaredSteps(page)).find((s) => s.chart === 'scorecard');
    expect(step).toBeDefined();
    await page.goto(`${path}#${step!.id}`);
    await expectStep(page, step!);
    await settle(page);
    const chart = page.locator(`.graphic-inner > [data-chart="${step!.chart}"]`);
    // The first step's chart is drawn by the build: the rows' buttons open receipts once its code has taken it over.
    // Its code comes on the reader's first scroll, tap or key, or after 8 s (kc-story's prefetchCharts); the jump
    // to the step may have scrolled before the story listened, and `focus()` below is no key: allow the 8 s.
    await expect(page.locator('kc-story.is-live')).toHaveCount(1, { timeout: 15_000 });
    await expect.poll(() => chart.evaluate((el) => el.matches(':defined')), { timeout: 15_000 }).toBe(true);
    await chart.evaluate((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete);
    await chart.locator('details > summary').focus();
    await page.keyboard.press('Enter');
    // The table's region, then each row's button: the region scrolls the focused one into view.
    await page.keyboard.press('Tab');
    await expect(chart.locator('.table-region')).toBeFocused();
    const buttons = chart.locator('button.receipt-button');
    // The rows are drawn once the table opens.
    await expect(buttons.first()).toBeAttached();
    const count = await buttons.count();
    expect(count).toBe(await chart.locator('tbody tr').count());
    for (let i = 0; i < count; i += 1) await page.keyboard.press('Tab');
    const last = buttons.last();
    await expect(last).toBeFocused();
    // In plain sight: not under the table's summary, not off the frame.
    expect(sightProblems(await onScreen(await last.elementHandle()))).toEqual([]);
    await page.keyboard.press('Enter');
    const receipt = chart.locator('#kc-receipt');
    await expect(receipt).toBeVisible();
    await expect(receipt.locator('h2')).toBeFocused();
    await expect(receipt.locator('blockquote.receipt-quote')).toHaveCount(1);
    // A sheet along the bottom that fits the phone's width.
    const box = (await receipt.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).include('.graphic-inner > .is-active').analyze();
      expect(results.violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    }
    await page.keyboard.press('Escape');
    await expect(receipt).toBeHidden();
    await expect(last).toBeFocused();
    // Reading the table kept the story where it was.
    expect((await stepState(page)).id).toBe(step!.id);
    expect(errors).toEqual([]);
  });
}

test('in an embedded GDP chart, each row opens its quote with the row’s number marked', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one viewport');
  const errors = watchConsole(page);
  await page.goto('/embed/?chart=gdp&view=all&lang=en');
  const chart = page.locator('kc-line-chart');
  await chart.locator('details summary').click();
  const buttons = chart.locator('button.receipt-button');
  await expect(buttons.first()).toBeVisible();
  expect(await buttons.count()).toBeGreaterThanOrEqual(5);
  const receipt = chart.locator('#kc-receipt');
  for (let i = 0; i < (await buttons.count()); i += 1) {
    await buttons.nth(i).click();
    await expect(receipt).toBeVisible();
    await expect(receipt.locator('blockquote mark')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(buttons.nth(i)).toBeFocused();
  }
  expect(errors).toEqual([]);
});
