import { expect, test } from '@playwright/test';
import { stepState, watchConsole } from './story-page.ts';

/**
 * Chart code loads on demand. When it cannot be fetched (the connection drops, a deploy replaced the files),
 * the chart's place says so and offers to try again; trying again once the network is back draws the chart.
 */
test('a chart whose code fails to load shows a message and a retry that works', async ({ page }) => {
  const errors = watchConsole(page);
  const blocked = '**/assets/element-*.js';
  await page.route(blocked, (route) => route.abort('internetdisconnected'));
  await page.goto('./en/#villages-targets');

  const host = page.locator('.graphic-inner > kc-village-chart');
  const alert = host.locator('.chart-load-error[role=alert]');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('did not load');
  const retry = alert.getByRole('button', { name: 'Try again' });
  await expect(retry).toBeVisible();

  await page.unroute(blocked);
  await retry.focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => stepState(page))
    .toMatchObject({ id: 'villages-targets', tag: 'kc-village-chart', view: 'targets-2026', drawn: true });
  await expect(alert).toHaveCount(0);
  // The failed requests are the network's errors, not the page's: nothing else may reach the console.
  expect(errors.filter((e) => !/Failed to load resource|Failed to fetch dynamically imported module|internet/i.test(e))).toEqual([]);
});

/**
 * The first chart is drawn by the build and gets its code only when the reader first scrolls, taps or types. A
 * keyboard reader who has reached its "Notes and data" and opened it keeps both when the live chart takes over.
 */
test('a reader inside the first chart keeps the focus and the open table when its code arrives', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('./en/');
  const chart = page.locator('.graphic-inner > [data-chart="scorecard"]');
  const summary = chart.locator('figure > details > summary');
  expect(await page.evaluate(() => customElements.get('kc-scorecard')), 'the code has not arrived yet').toBeUndefined();
  const rows = chart.locator('figure > details tbody tr');
  const rowsBuilt = await rows.count();
  expect(rowsBuilt).toBeGreaterThan(0);
  // Focus and open without a key or a scroll, either of which would fetch the code at once.
  await summary.evaluate((el: HTMLElement) => {
    el.focus();
    (el.parentElement as HTMLDetailsElement).open = true;
  });
  await page.evaluate(() => window.dispatchEvent(new Event('scroll')));
  await page.waitForFunction(() => customElements.get('kc-scorecard'));
  await expect(chart.locator('figure > details')).toHaveJSProperty('open', true);
  await expect(summary).toBeFocused();
  expect(await summary.evaluate((el) => el.matches(':focus-visible') || el.matches(':focus'))).toBe(true);
  await expect(rows).toHaveCount(rowsBuilt);
  expect(errors).toEqual([]);
});

/**
 * A live chart draws its table's rows only while its "Notes and data" is open (the build's markup has them all, for
 * readers without script): closed, they are neither seen nor read, and they were most of a chart's elements.
 */
test('a live chart draws its table rows when the table opens, all of them', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('./en/');
  const chart = page.locator('.graphic-inner > [data-chart="scorecard"]');
  const rows = chart.locator('figure > details tbody tr');
  const rowsBuilt = await rows.count();
  expect(rowsBuilt).toBeGreaterThan(0);
  await page.evaluate(() => window.dispatchEvent(new Event('scroll')));
  await page.waitForFunction(() => customElements.get('kc-scorecard'));
  await chart.evaluate((el) => (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete);
  await expect(rows).toHaveCount(0);
  await chart.locator('figure > details > summary').click();
  await expect(rows).toHaveCount(rowsBuilt);
  await chart.locator('figure > details > summary').click();
  await expect(rows).toHaveCount(0);
  expect(errors).toEqual([]);
});
