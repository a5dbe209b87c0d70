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
