import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { watchConsole } from './story-page.ts';

/**
 * `npm run serve`: the built site served with the headers of its `_headers` file, as a static host sends them
 * (README, "Publishing"). The policy itself is audited page by page in csp.spec.ts; here, that the command sends
 * what the file says, caching included, and the story works under it.
 */
const root = resolve(import.meta.dirname, '../..');
const outDir = process.env.KC_OUT_DIR ?? 'dist';
const port = Number(process.env.KC_TEST_PORT ?? 4173) + 20;
const base = `http://127.0.0.1:${port}`;

let server: PreviewServer | undefined;
test.beforeAll(async ({ browserName }, testInfo) => {
  if (testInfo.project.name !== 'desktop' || browserName !== 'chromium') return;
  server = await preview({
    root,
    mode: 'publish',
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
});
test.afterAll(async () => {
  await server?.close();
});

test('npm run serve sends the published headers: the policy, nosniff, CORS and caching', async ({ request }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'HTTP only: one project');
  const asset = readdirSync(resolve(root, outDir, 'assets')).find((name) => name.endsWith('.js'));
  const chunk = readdirSync(resolve(root, outDir, 'lib/chunks'))[0];
  const expected: [string, Record<string, string | undefined>][] = [
    ['/', { 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff', 'access-control-allow-origin': undefined }],
    ['/en/', { 'cache-control': 'no-cache' }],
    ['/handout/teacher/', { 'cache-control': 'no-cache' }],
    [`/assets/${asset}`, { 'cache-control': 'public, max-age=31536000, immutable', 'access-control-allow-origin': '*' }],
    [`/lib/chunks/${chunk}`, { 'cache-control': 'public, max-age=31536000, immutable', 'access-control-allow-origin': '*' }],
    ['/lib/kc-charts.js', { 'cache-control': 'no-cache', 'access-control-allow-origin': '*' }],
    ['/embed/loader.js', { 'cache-control': 'no-cache' }],
    ['/offline/kecheng-five-years-zh.html', { 'content-disposition': 'attachment', 'cache-control': 'no-cache' }],
  ];
  for (const [path, headers] of expected) {
    const response = await request.get(`${base}${path}`);
    expect(response.status(), path).toBe(200);
    const got = response.headers();
    expect(got['content-security-policy'], path).toMatch(/^default-src 'self'; script-src 'self';/);
    for (const [name, value] of Object.entries(headers)) expect(got[name], `${path} ${name}`).toBe(value);
  }
});

test('the story works under the published headers', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one viewport');
  const errors = watchConsole(page);
  await page.goto(`${base}/en/`);
  await page.waitForFunction(() => document.querySelector('kc-story')?.classList.contains('is-live'));
  await expect(page.locator('.graphic-inner > .is-active')).toHaveCount(1);
  await page.locator('.licence').scrollIntoViewIfNeeded();
  expect(errors).toEqual([]);
});
