import { expect, test, type Page } from '@playwright/test';
import {
  clearSteps,
  declaredSteps,
  expectCardClearOfPlot,
  expectNoSidewaysScroll,
  expectStepOnScreen,
  gestureFrames,
  longestLag,
  placeStepTop,
  recordedSteps,
  recordSteps,
  settle,
  watchConsole,
  wheelTo,
} from './story-page.ts';

/**
 * The step engine under stress: reloads, jumps, browser zoom, resizes and the mobile address bar. Every test
 * runs in both projects (phone 390×844, desktop 1280×800); the step on screen is always computed from
 * positions, the way a reader sees it: the last step whose top has crossed 50 % of the current viewport height.
 */

async function stepIds(page: Page): Promise<string[]> {
  const steps = await declaredSteps(page);
  expect(steps.length).toBeGreaterThanOrEqual(14);
  return steps.map((s) => s.id);
}

function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

/** The ids of the steps that `kc-step` events since the last clear announced. */
async function shownIds(page: Page): Promise<string[]> {
  return (await recordedSteps(page)).map((e) => e.id);
}

for (const path of ['/', '/en/']) {
  test.describe(`under stress at ${path}`, () => {
    test('a reload in the middle shows the step on screen and replays no earlier step', async ({ page }) => {
      const errors = watchConsole(page);
      await recordSteps(page);
      await page.goto(path);
      const ids = await stepIds(page);
      const target = at(ids, Math.floor(ids.length / 2));
      await wheelTo(page, target);
      await expectStepOnScreen(page, target);
      await expect(page).toHaveURL(new RegExp(`#${target}$`));

      await page.reload();
      await page.waitForTimeout(600);
      await expectStepOnScreen(page, target);
      expect(await shownIds(page), 'the steps shown since the reload').toEqual([target]);
      expect(errors).toEqual([]);
    });

    test('a reload deep inside a long step keeps the reader there, with no replay', async ({ page }) => {
      const errors = watchConsole(page);
      await recordSteps(page);
      await page.goto(path);
      const ids = await stepIds(page);
      const index = Math.floor(ids.length / 2) + 1;
      const [target, next] = [at(ids, index), at(ids, index + 1)];
      await wheelTo(page, target);
      // Read on until the next step is 60 px short of the line: the target's top is then far above it.
      const line = await page.evaluate(() => Math.round(window.innerHeight * 0.5));
      await placeStepTop(page, next, line + 60);
      await expectStepOnScreen(page, target);
      const before = await page.evaluate(() => window.scrollY);

      await page.reload();
      await page.waitForTimeout(600);
      await expectStepOnScreen(page, target);
      expect(await shownIds(page), 'the steps shown since the reload').toEqual([target]);
      const after = await page.evaluate(() => window.scrollY);
      expect(Math.abs(after - before), `scrollY ${before} before the reload, ${after} after`).toBeLessThanOrEqual(2);
      expect(errors).toEqual([]);
    });

    test('a reload in the middle with no step in the address shows the step on screen, with no replay', async ({ page }) => {
      const errors = watchConsole(page);
      await recordSteps(page);
      await page.goto(path);
      const ids = await stepIds(page);
      const target = at(ids, Math.floor(ids.length / 2) + 2);
      await wheelTo(page, target);
      await expectStepOnScreen(page, target);
      // The browser restores the scroll position by itself; the address names no step.
      await page.evaluate(() => history.replaceState(history.state, '', location.pathname));

      await page.reload();
      await page.waitForTimeout(600);
      await expectStepOnScreen(page, target);
      expect(await shownIds(page), 'the steps shown since the reload').toEqual([target]);
      expect(errors).toEqual([]);
    });

    test('a jump in the first moments after load still puts the step in the address and announces it', async ({ page }) => {
      const errors = watchConsole(page);
      // The reader jumps as soon as the story has shown its first step, long before it has settled.
      await page.addInitScript(() => {
        document.addEventListener(
          'kc-step',
          () =>
            setTimeout(() => {
              const el = document.getElementById('gdp-plan');
              if (el)
                window.scrollTo({
                  top: window.scrollY + el.getBoundingClientRect().top - window.innerHeight * 0.5 + 40,
                  behavior: 'instant',
                });
            }),
          { once: true },
        );
      });
      await page.goto(path);
      await expectStepOnScreen(page, 'gdp-plan');
      await page.waitForTimeout(600);
      await expect(page).toHaveURL(/#gdp-plan$/);
      const index = (await stepIds(page)).indexOf('gdp-plan') + 1;
      await expect(page.locator('.story-live')).toContainText(path === '/' ? `第 ${index} 步` : `Step ${index} of`);
      expect(errors).toEqual([]);
    });

    test('during one long scroll down and back up, the chart follows the step on the line', async ({ page }) => {
      const errors = watchConsole(page);
      await page.goto(path);
      const ids = await stepIds(page);
      await wheelTo(page, at(ids, 1));
      await expectStepOnScreen(page, at(ids, 1));
      // No settling until the gesture ends: every change must come from the crossings Scrollama reports.
      // A frame samples positions before that frame's crossings are delivered, so a lag of a frame or two is inherent.
      for (const [dy, speed] of [
        [5000, 1500],
        [-4000, 1500],
        [1200, 400],
        [-1200, 400],
      ] as const) {
        const frames = await gestureFrames(page, dy, speed);
        const moved = Math.abs((frames.at(-1)?.y ?? 0) - (frames[0]?.y ?? 0));
        expect(moved, `the gesture of ${dy} px scrolled`).toBeGreaterThan(Math.abs(dy) / 2);
        const lag = longestLag(frames);
        expect(lag.frames, `${lag.frames} frames behind the line while scrolling ${dy} px: ${JSON.stringify(lag.at)}`).toBeLessThanOrEqual(
          3,
        );
        await expectStepOnScreen(page);
      }
      expect(errors).toEqual([]);
    });

    test('End then Home land on the step on screen, drawn', async ({ page }) => {
      const errors = watchConsole(page);
      await page.goto(path);
      const ids = await stepIds(page);
      await wheelTo(page, at(ids, 3));
      await expectStepOnScreen(page, at(ids, 3));
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('End');
      await expectStepOnScreen(page, at(ids, ids.length - 1));
      await page.keyboard.press('Home');
      await expectStepOnScreen(page, at(ids, 0));
      await page.keyboard.press('End');
      await expectStepOnScreen(page, at(ids, ids.length - 1));
      expect(errors).toEqual([]);
    });

    test('an in-page link and a new location.hash land on their step, drawn', async ({ page }) => {
      const errors = watchConsole(page);
      await page.goto(path);
      await stepIds(page);
      await wheelTo(page, 'scorecard-missed');
      await expectStepOnScreen(page, 'scorecard-missed');
      await addLink(page, 'gdp-target');
      await page.locator('#kc-test-link').click();
      await expect(page).toHaveURL(/#gdp-target$/);
      await expectStepOnScreen(page, 'gdp-target');

      await page.evaluate(() => {
        location.hash = 'income-ratio';
      });
      await expect(page).toHaveURL(/#income-ratio$/);
      await expectStepOnScreen(page, 'income-ratio');
      // and forwards again, past charts in between
      await page.evaluate(() => {
        location.hash = 'villages';
      });
      await expectStepOnScreen(page, 'villages');
      expect(errors).toEqual([]);
    });

    test('history back and forward between two hashes land on their step, drawn', async ({ page }) => {
      const errors = watchConsole(page);
      await page.goto(path);
      const ids = await stepIds(page);
      await expectStepOnScreen(page, at(ids, 0));
      await page.evaluate(() => {
        location.hash = 'gdp-break';
      });
      await expectStepOnScreen(page, 'gdp-break');
      await addLink(page, 'structure-industry');
      await page.locator('#kc-test-link').click();
      await expectStepOnScreen(page, 'structure-industry');

      for (let round = 0; round < 2; round++) {
        await page.goBack();
        await expect(page).toHaveURL(/#gdp-break$/);
        await expectStepOnScreen(page, 'gdp-break');
        await page.goForward();
        await expect(page).toHaveURL(/#structure-industry$/);
        await expectStepOnScreen(page, 'structure-industry');
      }
      await page.goBack();
      await page.goBack();
      await expectStepOnScreen(page, at(ids, 0));
      expect(errors).toEqual([]);
    });

    test('at 200 % browser zoom each step shows its chart, and the page reflows', async ({
      browser,
      baseURL,
      viewport,
      isMobile,
      hasTouch,
      deviceScaleFactor,
    }) => {
      if (!viewport) throw new Error('no viewport');
      // 200 % zoom: twice the device pixels per CSS px, half the CSS px in the window.
      const context = await browser.newContext({
        baseURL,
        isMobile,
        hasTouch,
        deviceScaleFactor: (deviceScaleFactor ?? 1) * 2,
        viewport: { width: Math.round(viewport.width / 2), height: Math.round(viewport.height / 2) },
      });
      const page = await context.newPage();
      const errors = watchConsole(page);
      await recordSteps(page);
      await page.goto(path);
      const ids = await stepIds(page);
      await expectStepOnScreen(page, at(ids, 0));
      await expectNoSidewaysScroll(page);
      for (const index of [1, 2, 4, 6, 8, 10, 12, 13]) {
        const id = at(ids, index);
        await wheelTo(page, id);
        await expectStepOnScreen(page, id);
        await expectNoSidewaysScroll(page);
        await expectCardClearOfPlot(page);
      }
      // back up two steps
      await wheelTo(page, at(ids, 11));
      await expectStepOnScreen(page, at(ids, 11));
      expect(errors).toEqual([]);
      await context.close();
    });

    test('zooming to 200 % and back mid-story keeps the reader on their step, drawn', async ({
      page,
      viewport,
      isMobile,
      deviceScaleFactor,
    }) => {
      if (!viewport) throw new Error('no viewport');
      const errors = watchConsole(page);
      await page.goto(path);
      const ids = await stepIds(page);
      await wheelTo(page, 'income-growth');
      await expectStepOnScreen(page, 'income-growth');
      const ratio = deviceScaleFactor ?? 1;

      // What the browser does on zooming in: half the CSS px in the window, twice the device px per CSS px.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setDeviceMetricsOverride', {
        width: Math.round(viewport.width / 2),
        height: Math.round(viewport.height / 2),
        deviceScaleFactor: ratio * 2,
        mobile: !!isMobile,
      });
      await settle(page);
      expect(await page.evaluate(() => [window.innerWidth, window.devicePixelRatio])).toEqual([Math.round(viewport.width / 2), ratio * 2]);
      // The reader keeps their place: the same step, though every step is now laid out anew.
      await expectStepOnScreen(page, 'income-growth');
      await expectNoSidewaysScroll(page);
      for (const id of ['gdp-plan', 'gdp-plan-pace', 'gdp-break']) {
        await wheelTo(page, id);
        await expectStepOnScreen(page, id);
        await expectNoSidewaysScroll(page);
        await expectCardClearOfPlot(page);
      }
      await cdp.send('Emulation.setDeviceMetricsOverride', { ...viewport, deviceScaleFactor: ratio, mobile: !!isMobile });
      await settle(page);
      expect(await page.evaluate(() => [window.innerWidth, window.devicePixelRatio])).toEqual([viewport.width, ratio]);
      await expectStepOnScreen(page, 'gdp-break');
      await expectNoSidewaysScroll(page);
      await wheelTo(page, at(ids, ids.indexOf('gdp-break') + 1));
      await expectStepOnScreen(page, at(ids, ids.indexOf('gdp-break') + 1));
      expect(errors).toEqual([]);
    });

    test('resizing phone → desktop → phone and rotating keep the reader on their step, drawn', async ({ page, viewport }) => {
      if (!viewport) throw new Error('no viewport');
      const errors = watchConsole(page);
      await recordSteps(page);
      await page.goto(path);
      await stepIds(page);
      await wheelTo(page, 'income-ratio');
      await expectStepOnScreen(page, 'income-ratio');
      for (const size of [
        { width: 390, height: 844 },
        { width: 1280, height: 800 },
        { width: 390, height: 844 },
        { width: 844, height: 390 },
        { width: 390, height: 844 },
        viewport,
      ]) {
        await clearSteps(page);
        await page.setViewportSize(size);
        await settle(page);
        // The reader keeps their place: the same step on screen in the new layout, with no other step shown on the way.
        await expectStepOnScreen(page, 'income-ratio');
        await expectNoSidewaysScroll(page);
        const shown = await shownIds(page);
        expect(
          shown.filter((s) => s !== 'income-ratio'),
          `steps shown after resizing to ${size.width}×${size.height}`,
        ).toEqual([]);
      }
      expect(errors).toEqual([]);
    });

    test('the address bar hiding and showing keeps the chart on the step on screen', async ({ page, viewport }) => {
      if (!viewport) throw new Error('no viewport');
      const errors = watchConsole(page);
      await recordSteps(page);
      await page.goto(path);
      const ids = await stepIds(page);
      const tall = viewport;
      // A phone's address bar is about 56–84 CSS px; on a desktop the window's height changes the same way.
      const short = { width: viewport.width, height: viewport.height - 84 };
      await wheelTo(page, 'structure-industry');
      await expectStepOnScreen(page, 'structure-industry');

      // while resting on a step
      for (let round = 0; round < 3; round++) {
        for (const size of [short, tall]) {
          await page.setViewportSize(size);
          await settle(page);
          await expectStepOnScreen(page);
        }
      }

      // while scrolling: the bar hides as the reader scrolls down and shows as they scroll up
      for (const [dy, size] of [
        [300, short],
        [300, tall],
        [400, short],
        [-250, tall],
        [500, short],
        [-400, tall],
        [600, short],
      ] as const) {
        await page.mouse.wheel(0, dy);
        await page.setViewportSize(size);
        await page.mouse.wheel(0, dy / 2);
        await page.waitForTimeout(60);
      }
      await settle(page);
      await expectStepOnScreen(page);
      await page.setViewportSize(tall);
      await settle(page);
      await expectStepOnScreen(page);

      // The trigger line follows the height: a step is active once its top is above 50 % of the current height.
      // Old and new lines are 50 px apart; a step 20 px either side of the new line tells them apart.
      const target = at(ids, ids.indexOf('income-ratio') + 1);
      const before = at(ids, ids.indexOf(target) - 1);
      for (const size of [short, tall]) {
        await page.setViewportSize(size);
        await settle(page);
        const line = Math.round(size.height * 0.5);
        expect(await page.evaluate(() => window.innerHeight)).toBe(size.height);
        for (const [y, expected] of [
          [line + 20, before],
          [line - 20, target],
          [line + 20, before],
        ] as const) {
          await clearSteps(page);
          await placeStepTop(page, target, y);
          await settle(page);
          await expectStepOnScreen(page, expected);
          const shown = await shownIds(page);
          expect(
            shown.filter((s) => s !== expected),
            `steps shown with ${target} at ${y} px, line at ${line} px`,
          ).toEqual([]);
        }
      }
      expect(errors).toEqual([]);
    });
  });
}

/** Adds a link to step `id` where a reader can tap it, fixed at the bottom left of the window. */
async function addLink(page: Page, id: string): Promise<void> {
  await page.evaluate((stepId) => {
    document.getElementById('kc-test-link')?.remove();
    const link = document.createElement('a');
    link.id = 'kc-test-link';
    link.href = `#${stepId}`;
    link.textContent = `→ ${stepId}`;
    Object.assign(link.style, { position: 'fixed', left: '8px', bottom: '8px', zIndex: '100', padding: '8px', background: 'white' });
    document.body.append(link);
  }, id);
}
