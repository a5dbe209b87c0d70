import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHART_VIEWS, type ChartId } from '../../src/charts/kit/registry.ts';
import { declaredSteps, expectStep, wheelTo } from './story-page.ts';

/**
 * The built site under the policy its own `_headers` file tells a host to send (src/build/publish/headers.ts):
 * `script-src 'self'`, no inline script. Every page's response gets the header here, as the host would send it.
 */
const outDir = process.env.KC_OUT_DIR ?? 'dist';

function publishedPolicy(): string {
  const file = readFileSync(resolve(import.meta.dirname, '../..', outDir, '_headers'), 'utf8');
  const policy = /^\/\*\n(?: {2}.+\n)*? {2}Content-Security-Policy: (.+)$/m.exec(file)?.[1];
  if (!policy) throw new Error(`no Content-Security-Policy for /* in ${outDir}/_headers`);
  return policy;
}

/**
 * The published policy without inline styles: what a strict host sends, and all a chart needs. The story's pages
 * need inline styles (their prerendered charts carry a <style> in a declarative shadow root); the chart page and
 * the library do not.
 */
// A lazy chunk may still be on its way when a test ends: its routed fetch must not fail the test.
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

function noInlineStyles(policy: string): string {
  const strict = policy.replace("style-src 'self' 'unsafe-inline'", "style-src 'self'");
  expect(strict).not.toBe(policy);
  return strict;
}

/** Serves every page with the policy and returns the violations the page reports, as they come. */
async function underPolicy(page: Page, tighten: (policy: string) => string = (p) => p): Promise<string[]> {
  const policy = tighten(publishedPolicy());
  expect(policy).toContain("script-src 'self'");
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(`pageerror: ${error.message}`));
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  return violations;
}

for (const path of ['/', '/en/']) {
  test(`the story at ${path} runs under the published policy: the steps drive the charts, nothing is blocked`, async ({ page }) => {
    const violations = await underPolicy(page);
    await page.goto(path);
    await expect(page.locator('kc-story.is-live')).toHaveCount(1, { timeout: 15_000 });
    const steps = await declaredSteps(page);
    // A step of each chart the story shows, in order.
    const seen = new Set<string>();
    const ofEachChart = steps.filter((step) => !seen.has(step.chart) && seen.add(step.chart));
    expect(ofEachChart.length).toBeGreaterThanOrEqual(5);
    for (const step of ofEachChart) {
      await wheelTo(page, step.id);
      await expectStep(page, step);
    }
    expect(violations).toEqual([]);
  });
}

test('the handout, the worksheet and the chart page run under the published policy', async ({ page }) => {
  const violations = await underPolicy(page);
  await page.goto('/en/handout/');
  await expect(page.locator('h1')).toBeVisible();
  await page.goto('/worksheet/');
  await expect(page.locator('.worksheet-chapter svg').first()).toBeVisible();
  await page.goto('/embed/?chart=gdp&view=target&lang=en');
  await expect(page.locator('[data-chart] .plot svg').first()).toBeVisible({ timeout: 15_000 });
  expect(violations).toEqual([]);
});

test.describe('every chart and view on the chart page, under the published policy without inline styles', () => {
  // The same page and code at both sizes: one project is enough.
  test.skip(({ isMobile }) => !isMobile, 'phone only');
  for (const chart of Object.keys(CHART_VIEWS) as ChartId[]) {
    test(`${chart}: ${CHART_VIEWS[chart].join(', ')}`, async ({ page }) => {
      const violations = await underPolicy(page, noInlineStyles);
      for (const view of CHART_VIEWS[chart]) {
        for (const lang of ['zh', 'en']) {
          await page.goto(`/embed/?chart=${chart}&view=${view}&lang=${lang}`);
          await expect(page.locator('[data-chart] .plot svg').first(), `${chart} ${view} ${lang}`).toBeVisible({ timeout: 15_000 });
        }
      }
      // The marks' motion loads after the first render: under the policy too.
      await page.waitForLoadState('networkidle');
      expect(violations).toEqual([]);
    });
  }
});
