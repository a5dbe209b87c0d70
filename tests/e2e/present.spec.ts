import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chartContrastProblems } from './contrast.ts';
import { labelOverlaps } from './label-overlaps.ts';
import { declaredSteps, expectStep, expectStepOnScreen, settle, stepState, watchConsole } from './story-page.ts';

/**
 * Presentation mode, the speaker view and the step keys. Presentation is a laptop-and-projector affair: those
 * tests run in the desktop project at the sizes a projector takes; the step keys in the scrolling story run in
 * both projects (phone 390×844 and desktop 1280×800).
 */

interface SlideState {
  presenting: boolean;
  index: number;
  id: string;
  search: string;
  hash: string;
  counter: string;
  live: string;
  chartView: string;
}

async function slideState(page: Page): Promise<SlideState> {
  return page.evaluate(() => {
    const story = document.querySelector('kc-story') as HTMLElement & { activeIndex: number };
    const step = document.querySelectorAll<HTMLElement>('.step')[story.activeIndex];
    const chart = document.querySelector<HTMLElement & { view: string }>('.graphic-inner > .is-active');
    return {
      presenting: document.documentElement.classList.contains('kc-presenting'),
      index: story.activeIndex,
      id: step?.dataset.step ?? '',
      search: location.search,
      hash: decodeURIComponent(location.hash.slice(1)),
      counter: document.querySelector('.present-counter')?.textContent ?? '',
      live: document.querySelector('.story-live')?.textContent ?? '',
      chartView: chart?.view ?? '',
    };
  });
}

/** Waits for presentation mode on slide `index` of `ids`: the story's step, chart and view, counter, address. */
async function expectSlide(page: Page, ids: string[], index: number): Promise<void> {
  const id = ids[index] ?? '';
  await expect
    .poll(() => slideState(page), { timeout: 5000 })
    .toMatchObject({ presenting: true, index, id, search: '?present', hash: id, counter: `${index + 1} / ${ids.length}` });
}

async function presentable(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  const ids = (await declaredSteps(page)).map((s) => s.id);
  expect(ids.length).toBeGreaterThanOrEqual(14);
  // The button comes with the step keys once the story has settled; a ?present address opens the show itself.
  if (path.includes('?present')) await expect(page.locator('.present-chrome')).toBeVisible();
  else if ((page.viewportSize()?.width ?? 0) < 600) {
    // A phone's screen is the story's: no Present button there, the step keys all the same.
    await expect(page.locator('kc-story[data-keys] .graphic-bar .present-open')).toBeAttached();
    await expect(page.locator('.graphic-bar .present-open')).toBeHidden();
  } else await expect(page.locator('.graphic-bar .present-open')).toBeVisible();
  return ids;
}

/**
 * The smallest text of the active chart as drawn on screen: its SVG text (font size × the screen matrix's scale,
 * the CSS zoom included) and the frame's HTML text (font size × its CSS zoom); not the views measured out of sight.
 */
async function smallestChartText(page: Page): Promise<{ px: number; text: string }> {
  return page.evaluate(() => {
    const root = document.querySelector('.graphic-inner > .is-active')?.shadowRoot;
    const sizes: { px: number; text: string }[] = [];
    for (const t of root?.querySelectorAll<SVGTextElement>('svg text') ?? []) {
      const ctm = t.getScreenCTM();
      const style = getComputedStyle(t);
      const shown = style.visibility !== 'hidden' && Number(style.opacity) > 0 && !t.closest('.frame-probe');
      if (!ctm || !shown || !t.getClientRects().length || !t.textContent?.trim()) continue;
      sizes.push({ px: parseFloat(style.fontSize) * Math.hypot(ctm.a, ctm.b), text: t.textContent.trim() });
    }
    for (const el of root?.querySelectorAll<HTMLElement>('.title, .subtitle, .legend li span, figcaption p, summary, .foot button') ?? []) {
      if (!el.getClientRects().length || !el.textContent?.trim() || el.closest('.frame-probe')) continue;
      sizes.push({ px: parseFloat(getComputedStyle(el).fontSize) * el.currentCSSZoom, text: el.textContent.trim() });
    }
    return sizes.reduce((least, size) => (size.px < least.px ? size : least), { px: Infinity, text: '' });
  });
}

test.describe('presentation mode', () => {
  test.skip(({ isMobile }) => isMobile, 'presentation mode is tested at projector sizes in the desktop project');

  test('opens from the button, the p key and the address, at the reader’s step', async ({ page }) => {
    const errors = watchConsole(page);
    const ids = await presentable(page, '/en/#gdp-target');
    const at = ids.indexOf('gdp-target');
    await expectStep(page, (await declaredSteps(page))[at] as { id: string; chart: string; view: string });
    await expect(page.locator('.present-open')).toHaveText('Present');

    await page.locator('.present-open').click();
    await expectSlide(page, ids, at);
    await expect(page.locator('.story-live')).toHaveText(new RegExp(`^Slide ${at + 1} of ${ids.length}: `));
    await expect(page.locator('.present-chrome')).toBeVisible();
    await expect(page.locator('.step.is-active .step-card')).toBeVisible();
    // Only the slide's step is shown; the rest of the page is out of reach.
    await expect(page.locator('.step:not(.is-active) .step-card').first()).toBeHidden();
    expect(await page.evaluate(() => (document.querySelector('.masthead') as HTMLElement).inert)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => slideState(page)).toMatchObject({ presenting: false, index: at, search: '', hash: 'gdp-target' });

    // The p key, with the focus on the page.
    await page.locator('body').focus();
    await page.keyboard.press('p');
    await expectSlide(page, ids, at);
    await page.keyboard.press('Escape');

    // The address: a shared link opens on its slide.
    await page.goto(`/en/?present#${ids[3]}`);
    await expectSlide(page, ids, 3);
    await expect(page.locator('.step.is-active')).toHaveAttribute('id', ids[3] ?? '');
    expect(errors).toEqual([]);
  });

  test('the Chinese page opens with its own words', async ({ page }) => {
    const errors = watchConsole(page);
    const ids = await presentable(page, '/');
    await expect(page.locator('.present-open')).toHaveText('演示');
    await page.keyboard.press('p');
    await expectSlide(page, ids, 0);
    await expect(page.locator('.story-live')).toHaveText(new RegExp(`^第 1 页，共 ${ids.length} 页：`));
    await expect(page.locator('.present-exit')).toHaveText('退出演示');
    expect(errors).toEqual([]);
  });

  test('every key moves as a clicker expects, the address follows, and a reload keeps the slide', async ({ page }) => {
    const errors = watchConsole(page);
    const ids = await presentable(page, `/en/?present#${'gdp-target'}`);
    const n = ids.length;
    let at = ids.indexOf('gdp-target');
    await expectSlide(page, ids, at);
    const moves: [string, number][] = [
      ['ArrowRight', 1],
      ['ArrowDown', 1],
      ['PageDown', 1],
      ['Space', 1],
      ['ArrowLeft', -1],
      ['ArrowUp', -1],
      ['PageUp', -1],
      ['Shift+Space', -1],
    ];
    for (const [key, by] of moves) {
      await page.keyboard.press(key);
      at += by;
      await expectSlide(page, ids, at);
    }
    const steps = await declaredSteps(page);
    expect((await slideState(page)).chartView, 'the chart follows the slide').toBe(steps[at]?.view);
    await page.keyboard.press('End');
    await expectSlide(page, ids, n - 1);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, ids, n - 1);
    await page.keyboard.press('Home');
    await expectSlide(page, ids, 0);
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, ids, 0);
    // The buttons.
    await page.locator('.present-next').click();
    await expectSlide(page, ids, 1);
    await page.locator('.present-prev').click();
    await expectSlide(page, ids, 0);
    await expect(page.locator('.present-prev')).toBeDisabled();
    // Modifier combinations stay the browser's.
    await page.keyboard.press('Alt+ArrowRight');
    await page.keyboard.press('Control+ArrowRight');
    await expectSlide(page, ids, 0);

    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expectSlide(page, ids, 2);
    await expect(page).toHaveURL(new RegExp(`/en/\\?present#${ids[2]}$`));
    await page.reload();
    await expectSlide(page, ids, 2);
    await expect(page.locator('.step.is-active .step-card')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('Esc returns to the scrolling story at the same step, scrolled to it', async ({ page }) => {
    const errors = watchConsole(page);
    const ids = await presentable(page, '/en/#gdp-break');
    await page.keyboard.press('p');
    const from = ids.indexOf('gdp-break');
    await expectSlide(page, ids, from);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    const to = from + 5;
    await expectSlide(page, ids, to);
    await page.keyboard.press('Escape');
    await expect.poll(() => slideState(page)).toMatchObject({ presenting: false, index: to, search: '' });
    await expect(page).toHaveURL(new RegExp(`/en/#${ids[to]}$`));
    await expectStepOnScreen(page, ids[to]);
    // The page scrolls again, and the story follows the scroll as before.
    expect(await page.evaluate(() => getComputedStyle(document.body).overflow)).not.toBe('hidden');
    await page.mouse.wheel(0, 1600);
    await settle(page);
    const after = await expectStepOnScreen(page);
    expect(ids.indexOf(after)).toBeGreaterThan(to);
    expect(errors).toEqual([]);
  });

  test('full screen is requested from the button and the f key, and a refusal is quiet', async ({ page }) => {
    const errors = watchConsole(page);
    await page.addInitScript(() => {
      const w = window as unknown as { __fullscreenCalls: number };
      w.__fullscreenCalls = 0;
      const original = Element.prototype.requestFullscreen;
      Element.prototype.requestFullscreen = function (this: Element, options?: FullscreenOptions) {
        w.__fullscreenCalls++;
        return original.call(this, options);
      };
    });
    const ids = await presentable(page, '/en/?present');
    await expectSlide(page, ids, 0);
    const calls = (): Promise<number> => page.evaluate(() => (window as unknown as { __fullscreenCalls: number }).__fullscreenCalls);
    await page.keyboard.press('f');
    await expect.poll(calls).toBe(1);
    // Either the browser went full screen (the button says so), or it refused and the show says so, quietly.
    await expect
      .poll(() => page.evaluate(() => !!document.fullscreenElement || !!document.querySelector('.present-status')?.textContent))
      .toBe(true);
    const state = await page.evaluate(() => ({
      full: !!document.fullscreenElement,
      status: document.querySelector('.present-status')?.textContent ?? '',
    }));
    if (state.full) {
      await expect(page.locator('.present-full')).toHaveAttribute('aria-pressed', 'true');
      // Esc in full screen is the browser's: it leaves full screen and the show goes on.
      await page.evaluate(() => document.exitFullscreen());
      await expect(page.locator('.present-full')).toHaveAttribute('aria-pressed', 'false');
    } else {
      expect(state.status).toBe('This browser did not allow full screen.');
    }
    await expectSlide(page, ids, 0);
    // A browser that refuses outright (an iframe without permission) leaves the show running too.
    await page.evaluate(() => {
      Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'));
    });
    await page.locator('.present-full').click();
    await expect(page.locator('.present-status')).toHaveText('This browser did not allow full screen.');
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, ids, 1);
    expect(errors).toEqual([]);
  });

  for (const [width, height] of [
    [1920, 1080],
    [1280, 800],
    [1024, 768],
  ] as const) {
    test(`every slide fits a ${width}×${height} screen: chart and text on screen, type for a room, nothing cut or overlapping`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const errors = watchConsole(page);
      await page.setViewportSize({ width, height });
      const ids = await presentable(page, '/en/?present');
      const zh = await (async () => {
        const p = await page.context().newPage();
        await p.goto('/?present');
        return p;
      })();
      for (const [name, p] of [
        ['en', page],
        ['zh', zh],
      ] as const) {
        await p.setViewportSize({ width, height });
        for (let i = 0; i < ids.length; i++) {
          if (i > 0) await p.keyboard.press('ArrowRight');
          await expectSlide(p, ids, i);
          await expect.poll(() => stepState(p).then((s) => s.drawn), { message: `${name} slide ${i + 1}: chart drawn` }).toBe(true);
          const layout = await p.evaluate(() => {
            const box = (el: Element | null | undefined) => {
              const r = el?.getBoundingClientRect();
              return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height } : null;
            };
            const card = document.querySelector<HTMLElement>('.step.is-active .step-card');
            const chart = document.querySelector('.graphic-inner > .is-active');
            return {
              vw: document.documentElement.clientWidth,
              vh: window.innerHeight,
              scrollW: document.documentElement.scrollWidth,
              card: box(card),
              cardClipped: card ? card.scrollHeight > card.clientHeight + 1 : true,
              font: card ? parseFloat(getComputedStyle(card).fontSize) : 0,
              // Every piece of the card's text: its smallest size.
              smallestText: Math.min(
                ...[...(card?.querySelectorAll('*') ?? [])]
                  .filter(
                    (el) =>
                      [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()) && el.getClientRects().length,
                  )
                  .map((el) => parseFloat(getComputedStyle(el).fontSize)),
              ),
              chart: box(chart),
              plot: box(chart?.shadowRoot?.querySelector('.plot')),
              title: box(chart?.shadowRoot?.querySelector('.title')),
              chrome: box(document.querySelector('.present-chrome')),
              buttons: [...document.querySelectorAll('.present-chrome button:not([hidden])')].map((b) => box(b)),
            };
          });
          const where = `${name} slide ${i + 1} (${ids[i]}) at ${width}×${height}: ${JSON.stringify(layout)}`;
          const inside = (b: { left: number; top: number; right: number; bottom: number; width: number; height: number } | null): boolean =>
            !!b &&
            b.width > 0 &&
            b.height > 0 &&
            b.left >= -0.5 &&
            b.top >= -0.5 &&
            b.right <= layout.vw + 0.5 &&
            b.bottom <= layout.vh + 0.5;
          expect(layout.scrollW, where).toBeLessThanOrEqual(layout.vw);
          for (const part of ['card', 'chart', 'plot', 'title', 'chrome'] as const)
            expect(inside(layout[part]), `${part}: ${where}`).toBe(true);
          for (const b of layout.buttons) expect(inside(b), `button: ${where}`).toBe(true);
          expect(layout.cardClipped, `text cut: ${where}`).toBe(false);
          // Read from the back of a classroom: the slide's text at 1/28 of the screen's height and more, the chart's
          // smallest text (settled, once the marks have moved) at 1/36.
          expect(layout.smallestText, `slide text size: ${where}`).toBeGreaterThanOrEqual(height / 28);
          await expect
            .poll(
              async () => {
                const least = await smallestChartText(p);
                return least.px >= height / 36 ? 'large enough' : `${least.px.toFixed(1)} px: ${least.text}`;
              },
              { message: `chart text size: ${where}`, timeout: 3000 },
            )
            .toBe('large enough');
          // The plot's tiles and bars, once settled: none spills out of the plot onto the frame's source line under it.
          await expect
            .poll(
              () =>
                p.evaluate(() => {
                  const root = document.querySelector('.graphic-inner > .is-active')?.shadowRoot;
                  const caption = root?.querySelector('figcaption')?.getBoundingClientRect();
                  return [...(root?.querySelectorAll('.plot svg rect') ?? [])]
                    .map((el) => el.getBoundingClientRect().bottom)
                    .filter((bottom) => caption && bottom > caption.top + 0.5).length;
                }),
              { message: `tiles or bars over the source line: ${name} slide ${i + 1} (${ids[i]}) at ${width}×${height}`, timeout: 3000 },
            )
            .toBe(0);
          await expect
            .poll(() => labelOverlaps(p, { chart: '.graphic-inner > .is-active', texts: 'svg text', minOverlap: 1 }), {
              message: `labels overlap: ${where}`,
              timeout: 3000,
            })
            .toEqual([]);
          // Side by side on a landscape screen: the text does not cover the chart.
          const { card, chart } = layout;
          if (card && chart) expect(card.left, `text beside the chart: ${where}`).toBeGreaterThanOrEqual(chart.right - 0.5);
        }
      }
      await zh.close();
      expect(errors).toEqual([]);
    });
  }

  test('the projector colours: a toggle and the c key, remembered for the session, every text at 7:1 on every slide', async ({ page }) => {
    test.setTimeout(300_000);
    const errors = watchConsole(page);
    await page.setViewportSize({ width: 1280, height: 720 });
    const ids = await presentable(page, '/en/?present');
    await expectSlide(page, ids, 0);
    const projector = (): Promise<boolean> => page.evaluate(() => document.documentElement.classList.contains('kc-projector'));
    await page.keyboard.press('c');
    await expect.poll(projector).toBe(true);
    await expect(page.locator('.present-projector')).toHaveAttribute('aria-pressed', 'true');
    await page.locator('.present-projector').click();
    await expect.poll(projector).toBe(false);
    await page.locator('.present-projector').click();
    await expect.poll(projector).toBe(true);
    await page.reload();
    await expectSlide(page, ids, 0);
    await expect.poll(projector, 'remembered for the session').toBe(true);

    const problems: string[] = [];
    // Every slide with the system in light mode; the projector's colours hold in dark mode too (a sample).
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.keyboard.press('Home');
      for (let i = 0; i < ids.length; i += scheme === 'light' ? 1 : 4) {
        if (i > 0) await page.evaluate((id) => (location.hash = id), ids[i] ?? '');
        await expectSlide(page, ids, i);
        await expect.poll(() => stepState(page).then((s) => s.drawn)).toBe(true);
        await page.waitForTimeout(400);
        const results = await new AxeBuilder({ page })
          .setLegacyMode(true)
          .withRules(['color-contrast', 'color-contrast-enhanced'])
          .analyze();
        for (const v of results.violations)
          for (const node of v.nodes)
            problems.push(`${scheme} ${ids[i]}: ${v.id} ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`);
        problems.push(...(await chartContrastProblems(page)).map((p) => `${scheme} ${ids[i]}: chart ${p}`));
      }
    }
    expect(problems.join('\n')).toBe('');
    await page.emulateMedia({ colorScheme: null });
    // Leaving the show leaves the reader's own colours.
    await page.keyboard.press('Escape');
    await expect.poll(projector).toBe(false);
    expect(errors).toEqual([]);
  });

  test('reduced motion: slides change with no transition', async ({ browser }, testInfo) => {
    const context = await browser.newContext({ ...testInfo.project.use, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = watchConsole(page);
    const ids = await presentable(page, '/en/?present');
    await expectSlide(page, ids, 0);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, ids, 1);
    const durations = await page.evaluate(() =>
      ['.graphic-inner > .is-active', '.present-progress span', '.step.is-active .step-card'].map((sel) => {
        const el = document.querySelector(sel);
        return el ? getComputedStyle(el).transitionDuration : 'missing';
      }),
    );
    for (const d of durations)
      expect(
        d.split(',').every((x) => parseFloat(x) === 0),
        `transition ${d}`,
      ).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

test.describe('the speaker view', () => {
  test.skip(({ isMobile }) => isMobile, 'the speaker view is a laptop window');

  test('opens in a second window with the note, the next slide and a timer, and stays in step both ways', async ({ page, context }) => {
    test.setTimeout(90_000);
    const errors = watchConsole(page);
    await page.setViewportSize({ width: 1280, height: 720 });
    const ids = await presentable(page, '/en/?present#gdp-target');
    const at = ids.indexOf('gdp-target');
    await expectSlide(page, ids, at);

    const opened = context.waitForEvent('page');
    await page.keyboard.press('s');
    const speaker = await opened;
    const speakerErrors = watchConsole(speaker);
    await speaker.setViewportSize({ width: 1280, height: 720 });
    await speaker.waitForLoadState();
    await expect(speaker).toHaveURL(new RegExp(`/en/\\?speaker#${ids[at]}$`));
    await expect(speaker.locator('.speaker-slide')).toHaveText(`Slide ${at + 1} of ${ids.length}`);
    await expect(speaker.locator('.speaker-link')).toHaveText('In step with the slide show');
    await expect(page.locator('.present-speaker')).toHaveAttribute('aria-pressed', 'true');

    // The step's teacher material, as the page holds it (hidden from readers).
    const material = await page.evaluate((id) => {
      const notes = document.getElementById(id)?.querySelector('.teacher-notes');
      return {
        hidden: notes ? (notes as HTMLElement).hidden : true,
        note: notes?.querySelector('.teacher-note')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        questions: [...(notes?.querySelectorAll('.teacher-questions li') ?? [])].map(
          (li) => li.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        ),
      };
    }, ids[at] ?? '');
    expect(material.hidden, 'teacher notes are hidden from readers').toBe(true);
    const noteText = (await speaker.locator('.speaker-note').textContent())?.replace(/\s+/g, ' ').trim() ?? '';
    if (material.note) expect(noteText).toContain(material.note);
    else expect(noteText).toContain('No teacher’s note for this step.');
    for (const q of material.questions) expect(noteText).toContain(q);

    // The next slide: its text, its chart's title and a live preview.
    const nextText = await page.evaluate(
      (id) => document.getElementById(id)?.querySelector('.step-card p')?.textContent?.trim() ?? '',
      ids[at + 1] ?? '',
    );
    await expect(speaker.locator('.speaker-next-text')).toContainText(nextText);
    await expect(speaker.locator('.speaker-next-title')).toHaveText(/^Chart: \S/);
    await expect
      .poll(() => speaker.evaluate(() => document.querySelector('.speaker-preview > *')?.shadowRoot?.querySelector('.plot svg') !== null))
      .toBe(true);

    // The timer starts, pauses and resets.
    await expect(speaker.locator('.speaker-timer time')).toHaveText('0:00');
    await speaker.locator('.speaker-start').click();
    await expect(speaker.locator('.speaker-start')).toHaveText('Pause');
    await expect(speaker.locator('.speaker-timer time')).toHaveText('0:01', { timeout: 3000 });
    await speaker.locator('.speaker-start').click();
    const paused = await speaker.locator('.speaker-timer time').textContent();
    await speaker.waitForTimeout(1200);
    await expect(speaker.locator('.speaker-timer time')).toHaveText(paused ?? '');
    await speaker.locator('.speaker-reset').click();
    await expect(speaker.locator('.speaker-timer time')).toHaveText('0:00');

    // The slide show moves the speaker view…
    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, ids, at + 1);
    await expect(speaker.locator('.speaker-slide')).toHaveText(`Slide ${at + 2} of ${ids.length}`);
    await expect(speaker).toHaveURL(new RegExp(`\\?speaker#${ids[at + 1]}$`));
    // …and the speaker view moves the slide show, by key and by button.
    await speaker.bringToFront();
    await speaker.keyboard.press('PageDown');
    await expect(speaker.locator('.speaker-slide')).toHaveText(`Slide ${at + 3} of ${ids.length}`);
    await expectSlide(page, ids, at + 2);
    await speaker.locator('.speaker-prev-button').click();
    await expectSlide(page, ids, at + 1);
    await speaker.keyboard.press('Home');
    await expectSlide(page, ids, 0);

    // Malformed messages on the channel change nothing.
    await page.evaluate(() => {
      const channel = new BroadcastChannel(`kc-present:${location.pathname}`);
      for (const data of [
        null,
        'goto',
        { type: 'goto', from: 'speaker', index: 999, id: 'x' },
        { type: 'goto', from: 'speaker', index: 1, id: 'not-this' },
        { type: 'goto', index: 2 },
      ]) {
        channel.postMessage(data);
      }
      channel.close();
    });
    await page.waitForTimeout(300);
    await expectSlide(page, ids, 0);
    await expect(speaker.locator('.speaker-slide')).toHaveText(`Slide 1 of ${ids.length}`);

    // The speaker window closes: the slide show notices and goes on.
    await speaker.close({ runBeforeUnload: true });
    await expect(page.locator('.present-speaker')).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, ids, 1);
    expect(errors).toEqual([]);
    expect(speakerErrors).toEqual([]);
  });

  test('keeps the lesson’s time: elapsed against a planned length the session remembers, and the chapter', async ({ page }) => {
    const errors = watchConsole(page);
    await page.clock.install();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/en/?speaker#gdp-target');
    const chapters = await page.locator('.step.opens-chapter .chapter').allTextContents();
    const ids = (await declaredSteps(page)).map((s) => s.id);
    const opens = await page.locator('.step').evaluateAll((steps) => steps.map((s) => s.classList.contains('opens-chapter')));
    const chapterOf = (i: number): number => opens.slice(0, i + 1).filter(Boolean).length;
    const at = ids.indexOf('gdp-target');
    await expect(page.locator('.speaker-chapter')).toHaveText(
      `Chapter ${chapterOf(at)} of ${chapters.length}: ${chapters[chapterOf(at) - 1]?.trim()}`,
    );
    // The default lesson, then the teacher's own length, kept for the session.
    await expect(page.locator('.speaker-planned')).toHaveText('of 40:00');
    await page.getByLabel('Lesson (minutes)').fill('30');
    await page.getByLabel('Lesson (minutes)').press('Enter');
    await page.locator('.speaker-view').focus();
    await expect(page.locator('.speaker-planned')).toHaveText('of 30:00');
    await page.reload();
    await expect(page.getByLabel('Lesson (minutes)')).toHaveValue('30');
    await expect(page.locator('.speaker-planned')).toHaveText('of 30:00');
    // Ten minutes into the lesson, a third gone; the slide is past half the show: ahead of plan. The page's clock
    // stands still between the steps (a loaded machine would otherwise add its own seconds).
    await page.clock.pauseAt(Date.now() + 60_000);
    await page.locator('.speaker-start').click();
    await page.clock.fastForward('10:00');
    await expect(page.locator('.speaker-timer time')).toHaveText('10:00');
    await expect(page.locator('.speaker-pace')).toHaveText(at / ids.length > 0.45 ? '20:00 left · ahead of plan' : /20:00 left/);
    // Past the plan it says by how much.
    await page.clock.fastForward('25:00');
    await expect(page.locator('.speaker-pace')).toHaveText(/^5:00 over/);
    // The chapter follows the slide: the first slide is in the first chapter.
    await page.locator('.speaker-view').focus();
    await page.keyboard.press('Home');
    await expect(page.locator('.speaker-chapter')).toHaveText(`Chapter 1 of ${chapters.length}: ${chapters[0]?.trim()}`);
    expect(errors).toEqual([]);
  });

  test('notices when the slide show closes, and keeps working alone', async ({ page, context }) => {
    const errors = watchConsole(page);
    const ids = await presentable(page, '/en/?present');
    const speaker = await context.newPage();
    const speakerErrors = watchConsole(speaker);
    await speaker.setViewportSize({ width: 1280, height: 720 });
    await speaker.goto(`/en/?speaker#${ids[0]}`);
    await expect(speaker.locator('.speaker-link')).toHaveText('In step with the slide show');
    await page.close({ runBeforeUnload: true });
    await expect(speaker.locator('.speaker-link')).toHaveText('The slide show window has closed or left presentation mode.');
    await speaker.keyboard.press('ArrowRight');
    await expect(speaker.locator('.speaker-slide')).toHaveText(`Slide 2 of ${ids.length}`);
    await expect(speaker).toHaveURL(new RegExp(`\\?speaker#${ids[1]}$`));
    // Everything on the speaker's screen fits 1280×720 without scrolling the window.
    const fits = await speaker.evaluate(
      () =>
        document.documentElement.scrollHeight <= window.innerHeight + 1 &&
        document.documentElement.scrollWidth <= document.documentElement.clientWidth,
    );
    expect(fits).toBe(true);
    expect(errors).toEqual([]);
    expect(speakerErrors).toEqual([]);
  });
});

test.describe('step keys in the scrolling story', () => {
  test('↓/↑, →/←, PageDown/PageUp, Space/Shift+Space, Home/End move from step to step', async ({ page }) => {
    test.setTimeout(90_000);
    const errors = watchConsole(page);
    const ids = await presentable(page, '/en/#scorecard-all');
    await page.locator('body').focus();
    /** Presses `key` until the story shows another step (a long card is read to its end first); returns it. */
    const pressUntilMoved = async (key: string): Promise<string> => {
      const before = (await stepState(page)).id;
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press(key);
        await settle(page);
        const now = await expectStepOnScreen(page);
        if (now !== before) return now;
      }
      return before;
    };
    expect(await expectStepOnScreen(page)).toBe(ids[0]);
    let at = 0;
    for (const key of ['ArrowDown', 'ArrowRight', 'PageDown', 'Space']) {
      expect(await pressUntilMoved(key), key).toBe(ids[++at]);
    }
    for (const key of ['ArrowUp', 'ArrowLeft', 'PageUp', 'Shift+Space']) {
      expect(await pressUntilMoved(key), key).toBe(ids[--at]);
    }
    await page.keyboard.press('End');
    await settle(page);
    expect(await expectStepOnScreen(page)).toBe(ids[ids.length - 1]);
    await page.keyboard.press('Home');
    await settle(page);
    expect(await expectStepOnScreen(page)).toBe(ids[0]);
    // Each step comes to rest with its card on the trigger line, its top in view.
    const rest = await page.evaluate(() => {
      const card = document.querySelector('.step.is-active .step-card')?.getBoundingClientRect();
      return { top: card?.top ?? -1, line: Math.round(window.innerHeight * 0.5) };
    });
    expect(rest.top).toBeLessThanOrEqual(rest.line);
    expect(rest.top).toBeGreaterThan(rest.line - 40);
    expect(errors).toEqual([]);
  });

  test('the keys stay with fields, controls, the chart and modifier combinations', async ({ page }) => {
    const errors = watchConsole(page);
    await presentable(page, '/en/#gdp-break');
    /** Whether the story took a key press (prevented its default) dispatched from `where`. */
    const prevented = (init: { key: string; altKey?: boolean; ctrlKey?: boolean; shiftKey?: boolean }, where: string): Promise<boolean> =>
      page.evaluate(
        ({ options, selector }) => {
          let target: Element | null = selector === 'body' ? document.body : document.querySelector(selector);
          const field = selector === 'input' ? document.createElement('input') : null;
          if (field) {
            document.querySelector('.step.is-active .step-card')?.append(field);
            target = field;
          }
          if (!target) throw new Error(`no ${selector}`);
          const event = new KeyboardEvent('keydown', { ...options, bubbles: true, cancelable: true, composed: true });
          target.dispatchEvent(event);
          field?.remove();
          return event.defaultPrevented;
        },
        { options: init, selector: where },
      );
    expect(await prevented({ key: 'ArrowDown' }, 'body'), 'the story takes ↓ from the page').toBe(true);
    expect(await prevented({ key: 'ArrowDown' }, '.step.is-active .step-card'), 'and from its steps').toBe(true);
    expect(await prevented({ key: 'ArrowDown', altKey: true }, 'body'), 'not Alt+↓').toBe(false);
    expect(await prevented({ key: 'ArrowDown', ctrlKey: true }, 'body'), 'not Ctrl+↓').toBe(false);
    expect(await prevented({ key: 'ArrowDown', shiftKey: true }, 'body'), 'not Shift+↓').toBe(false);
    expect(await prevented({ key: 'ArrowDown' }, 'input'), 'not from a field').toBe(false);
    expect(await prevented({ key: ' ' }, '.masthead .lang-switch'), 'not Space on a link').toBe(false);
    expect(await prevented({ key: 'PageDown' }, '.graphic'), 'not from the chart').toBe(false);
    expect(await prevented({ key: 'p' }, 'input'), 'no slide show from a field').toBe(false);
    expect(errors).toEqual([]);
  });

  test('with reduced motion, a key moves to the next step at once', async ({ browser }, testInfo) => {
    const context = await browser.newContext({ ...testInfo.project.use, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = watchConsole(page);
    const ids = await presentable(page, '/en/#gdp-break');
    await expectStepOnScreen(page, 'gdp-break');
    const next = ids[ids.indexOf('gdp-break') + 1] ?? '';
    // Within a frame of the key press, the page is where it will stay.
    const [first, later] = await page.evaluate(async (id) => {
      const frame = (): Promise<unknown> => new Promise((done) => requestAnimationFrame(done));
      const top = (): number => Math.round(document.getElementById(id)?.getBoundingClientRect().top ?? 0);
      document.body.focus();
      const down = (): void => {
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, cancelable: true }));
      };
      down();
      await frame();
      const a = top();
      await new Promise((done) => setTimeout(done, 300));
      return [a, top()];
    }, next);
    expect(first).toBe(later);
    await expectStepOnScreen(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
