import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chartContrastProblems } from './contrast.ts';
import { onScreen, sightProblems, tabThrough } from './on-screen.ts';
import { declaredSteps, expectStep, stepState, wheelTo } from './story-page.ts';

/**
 * Accessibility of every page the build produces, found in the build output so that pages added later
 * (embeds, presentation mode) are audited without touching this file.
 */
const outDir = resolve(process.env.KC_OUT_DIR ?? 'dist');

/**
 * The charts' own pages (`embed/<chart>/<view>/<lang>/`, 56 of them) are the chart page's code and markup with one
 * chart prerendered: two of them, one per language, stand for the rest (every chart and view is audited in the
 * story, step by step, and every chart page is loaded in embed-pages.spec.ts).
 */
const CHART_PAGE = /^\/embed\/[^/]+\/[^/]+\/(zh|en)\/$/;
const SAMPLE_CHART_PAGES = ['/embed/gdp/target/en/', '/embed/scorecard/all/zh/'];

function builtPages(): string[] {
  let files: string[];
  try {
    files = readdirSync(outDir, { recursive: true, encoding: 'utf8' });
  } catch {
    throw new Error(`no build in ${outDir}: run \`vite build\` first (with the same KC_OUT_DIR)`);
  }
  const pages = files
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file}`.replace(/(^|\/)index\.html$/, '$1'))
    .filter((page) => !CHART_PAGE.test(page) || SAMPLE_CHART_PAGES.includes(page))
    .sort();
  if (pages.length === 0) throw new Error(`no HTML pages in ${outDir}: run \`vite build\` first`);
  return pages;
}

/** The ids of the story steps the build wrote into a page (none for pages without a story). */
function stepIdsIn(path: string): string[] {
  const file = resolve(outDir, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  const html = readFileSync(file, 'utf8');
  return [...html.matchAll(/<section class="step[^"]*" id="([^"]+)" data-step=/g)].map((m) => m[1] ?? '');
}

function chunks<T>(list: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, i * size + size));
}

/** WCAG 2.2 A and AA, and axe's best practices (landmarks, heading order, one main, …). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The rules whose outcome depends on colours: all that can change between the light and dark schemes. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Runs axe on the page as it is now; returns one readable line per failing node. */
async function audit(page: Page, options: { colourOnly?: boolean } = {}): Promise<string[]> {
  // axe's legacy run works in the page itself. The default run finishes in a second page it opens, which is
  // four times slower here and cannot work without scripts; what it adds is support for iframes, and these
  // pages have none.
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  if (options.colourOnly) builder.withRules(COLOUR_RULES);
  else builder.withTags(AXE_TAGS);
  const results = await builder.analyze();
  if (results.passes.length === 0 && results.violations.length === 0) return ['axe checked nothing'];
  return results.violations.flatMap((v) =>
    v.nodes.map((node) => {
      const html = node.html.replace(/\s+/g, ' ').slice(0, 160);
      const why = (node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240);
      return `${v.id} [${v.impact ?? '?'}] ${JSON.stringify(node.target)}\n    ${html}\n    ${why}`;
    }),
  );
}

/**
 * axe and the chart contrast check, in the light and in the dark colour scheme. `darkColoursOnly` runs only
 * axe's colour rules in the dark (the rest cannot change with the scheme), to keep the step-by-step audit short.
 */
async function auditBothSchemes(page: Page, state: string, findings: Findings, darkColoursOnly = false): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const axe = await audit(page, { colourOnly: darkColoursOnly && colorScheme === 'dark' });
    findings.add(`${state} (${colorScheme})`, [...axe, ...(await chartContrastProblems(page))]);
  }
  await page.emulateMedia({ colorScheme: null });
}

/** Failures found in several states, each listed once with the states it was seen in. */
class Findings {
  private readonly seen = new Map<string, string[]>();
  add(state: string, lines: string[]): void {
    for (const line of lines) this.seen.set(line, [...(this.seen.get(line) ?? []), state]);
  }
  report(): string[] {
    return [...this.seen].map(([line, states]) => `${line}\n    in: ${states.join(', ')}`);
  }
}

/** Every keyed mark of the shown chart with its geometry, as one string to compare. */
async function markState(page: Page): Promise<string> {
  return page.evaluate(() => {
    const chart = document.querySelector('.graphic-inner > .is-active') ?? document.querySelector('[data-chart]');
    const marks = chart?.shadowRoot?.querySelectorAll('[data-k]') ?? [];
    return [...marks]
      .map((m) => `${m.getAttribute('data-k')}:${[...m.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}`)
      .join('\n');
  });
}

/** Waits until the shown chart is drawn, fully faded in, and none of its marks moves any more. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    // The embed page shows a loading line until its chart's code has arrived, then the chart in its place.
    if (document.querySelector('.embed-status:not(.failed)')) return false;
    const embedded = document.querySelector('.embed-credit') ? document.querySelector<HTMLElement>('main > [data-chart]') : null;
    const chart = document.querySelector<HTMLElement>('.graphic-inner > .is-active') ?? embedded;
    if (!chart) return true;
    const plot = chart.shadowRoot?.querySelector('.plot');
    return getComputedStyle(chart).opacity === '1' && !!plot && plot.children.length > 0;
  });
  await expect
    .poll(
      async () => {
        const before = await markState(page);
        await page.waitForTimeout(120);
        return before === (await markState(page));
      },
      { timeout: 5000 },
    )
    .toBe(true);
}

async function hasStory(page: Page): Promise<boolean> {
  return (await page.locator('kc-story .step').count()) > 0;
}

// Independent tests: spread them over the workers (the step-by-step audits are the long ones).
test.describe.configure({ mode: 'parallel' });

/**
 * The offline copies are the pages' story in one file, built from the same code and styles: what can differ (the
 * inlined page, its first state, its static images, the keyboard's path) is audited on them; what the shared
 * code does step by step, slide by slide and on a step change is audited once, on the pages.
 */
function isOfflineCopy(path: string): boolean {
  return path.startsWith('/offline/');
}

for (const path of builtPages()) {
  const offlineCopy = isOfflineCopy(path);
  test.describe(`accessibility of ${path}`, () => {
    test('no axe violation and enough contrast in the chart once the page has loaded, light and dark', async ({ page }) => {
      // Two full axe runs: on the long pages (the handouts, ~20 charts inline) 20–50 s on a busy two-core machine.
      test.setTimeout(120_000);
      await page.goto(path);
      if (await hasStory(page)) {
        const [first] = await declaredSteps(page);
        if (first) await expectStep(page, first);
      }
      await settled(page);
      const findings = new Findings();
      await auditBothSchemes(page, 'loaded', findings);
      expect(findings.report().join('\n'), 'axe violations and chart contrast').toBe('');
    });

    // The step-by-step audit is the long one: a test per few steps, so the workers share it and none runs long.
    const stepGroups = chunks(stepIdsIn(path), 5);
    for (const [g, group] of (offlineCopy ? [] : stepGroups.length ? stepGroups : [[]]).entries()) {
      const name = group.length
        ? `steps ${g * 5 + 1}–${g * 5 + group.length} (${group[0]} to ${group[group.length - 1]})`
        : 'its one state';
      test(`no axe violation and enough contrast in the chart at ${name}, light and dark`, async ({ page }, testInfo) => {
        test.skip(testInfo.project.name !== 'phone', 'one viewport is enough for the step-by-step audit');
        test.setTimeout(180_000);
        await page.goto(group.length ? `${path}#${group[0]}` : path);
        const declared = await declaredSteps(page);
        const steps = group.map((id) => declared.find((s) => s.id === id)).filter((s) => s !== undefined);
        expect(
          steps.map((s) => s.id),
          'the steps the build wrote are on the page',
        ).toEqual(group);
        const findings = new Findings();
        if (steps.length === 0) {
          await settled(page);
          await auditBothSchemes(page, 'loaded', findings);
        }
        for (const step of steps) {
          await wheelTo(page, step.id);
          await expectStep(page, step);
          await settled(page);
          // Charts not shown stay out of reach of the keyboard and of assistive technology.
          const reachableHidden = await page.$$eval('.graphic-inner > [data-chart]:not(.is-active)', (els) =>
            els.filter((el) => !(el as HTMLElement).inert).map((el) => el.localName),
          );
          findings.add(
            step.id,
            reachableHidden.map((tag) => `inactive chart ${tag} is not inert`),
          );
          await auditBothSchemes(page, step.id, findings, true);
        }
        expect(findings.report().join('\n'), 'axe violations and chart contrast by step').toBe('');
      });
    }

    test('no axe violation in presentation mode and in the speaker view, on every slide, light and dark', async ({ page }, testInfo) => {
      test.skip(testInfo.project.name !== 'desktop', 'presentation mode is audited at a laptop’s size');
      test.skip(offlineCopy, 'the slides of the offline copy are the pages’ (tests/e2e/offline.spec.ts runs them)');
      test.setTimeout(480_000);
      await page.goto(path);
      test.skip(!(await hasStory(page)), 'no story on this page');
      const steps = await declaredSteps(page);
      const findings = new Findings();
      for (const mode of ['present', 'speaker'] as const) {
        await page.goto(`${path}?${mode}#${steps[0]?.id ?? ''}`);
        await expect(page.locator(mode === 'present' ? '.present-chrome' : '.speaker-view')).toBeVisible();
        for (const [i, step] of steps.entries()) {
          if (i > 0) await page.keyboard.press('ArrowRight');
          await expect(page).toHaveURL(new RegExp(`\\?${mode}#${step.id}$`));
          if (mode === 'present') {
            // The slide's chart, the story's own, with its contrast measured as in the story.
            await expectStep(page, step);
            await settled(page);
            await auditBothSchemes(page, `${mode} ${step.id}`, findings, true);
            continue;
          }
          for (const colorScheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme });
            await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
            findings.add(`${mode} ${step.id} (${colorScheme})`, await audit(page, { colourOnly: colorScheme === 'dark' }));
          }
          await page.emulateMedia({ colorScheme: null });
        }
      }
      expect(findings.report().join('\n'), 'axe violations in presentation mode and the speaker view').toBe('');
    });

    test('no axe violation without JavaScript, light and dark, and enough contrast in the static chart images', async ({
      browser,
    }, testInfo) => {
      // Two axe runs over every step's figure and table, then every step image: 20–60 s on a busy machine.
      test.setTimeout(120_000);
      const context = await browser.newContext({ ...testInfo.project.use, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      // With scripting off, timers never fire (promise reactions still run), and axe defers its work with
      // zero-delay timeouts: run those as promise reactions. Only axe runs; none of the page's scripts do.
      await page.evaluate(() => {
        const w = window as unknown as { setTimeout: unknown; clearTimeout: unknown };
        w.setTimeout = (fn: (...args: unknown[]) => void, ms = 0, ...args: unknown[]): number => {
          if (ms <= 1) void Promise.resolve().then(() => fn(...args));
          return 0;
        };
        w.clearTimeout = (): void => {};
      });
      expect(await page.evaluate(() => document.querySelector('kc-story')?.classList.contains('is-live') ?? false)).toBe(false);
      const findings = new Findings();
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        findings.add(colorScheme, await audit(page));
      }
      // The charts a reader without scripts sees are standalone SVG images: their text and marks need contrast too.
      // (The offline copy carries them in the page, as data: URLs.)
      const images = await page.$$eval('img[src$=".svg"], img[src^="data:image/svg+xml"]', (els) =>
        els.map((el) => (el as HTMLImageElement).src),
      );
      if (await hasStory(page)) expect(images.length, 'static chart images of the steps').toBeGreaterThan(0);
      for (const [k, src] of [...new Set(images)].entries()) {
        await page.goto(src);
        findings.add(src.startsWith('data:') ? `image ${k + 1} of ${path}` : new URL(src).pathname, await chartContrastProblems(page));
      }
      expect(findings.report().join('\n'), 'axe violations and chart contrast without JavaScript').toBe('');
      await context.close();
    });

    test('every element reached with Tab is on screen, uncovered, and shows where the focus is', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(path);
      const story = await hasStory(page);
      const steps = await declaredSteps(page);
      if (steps[0]) await expectStep(page, steps[0]);
      await settled(page);
      // Forwards from the top of the page…
      const forwards = await tabThrough(page, 'Tab');
      expect(forwards.reached.length, 'elements reached with Tab').toBeGreaterThan(1);
      if (story) {
        const disclosure = forwards.reached.some((name) => name.includes('summary'));
        expect(disclosure, `the chart's data disclosure is reached: ${forwards.reached.join('; ')}`).toBe(true);
      }
      // …and backwards from the middle of the story, where the steps pass over the sticky graphic.
      let backwards = { reached: [] as string[], problems: [] as string[] };
      const middle = steps[Math.floor(steps.length / 2)];
      if (story && middle) {
        await page.goto(`${path}#${middle.id}`);
        await expectStep(page, middle);
        await settled(page);
        backwards = await tabThrough(page, 'Shift+Tab');
      }
      const problems = [...forwards.problems, ...backwards.problems.map((p) => `(Shift+Tab from #${middle?.id}) ${p}`)];
      expect(problems.join('\n'), 'focus problems').toBe('');
    });

    test('with reduced motion, the marks take their new places at once after a step change', async ({ browser }, testInfo) => {
      test.skip(offlineCopy, 'the same story code as the pages');
      test.skip(testInfo.project.name !== 'phone', 'a step change moves the marks the same way at any size');
      test.setTimeout(120_000);
      /** For each step that changes the view of the chart before it: do its marks move, and are they still moving after a frame? */
      const probe = async (reducedMotion: 'reduce' | 'no-preference'): Promise<{ step: string; changed: boolean; still: boolean }[]> => {
        const context = await browser.newContext({ ...testInfo.project.use, reducedMotion });
        const page = await context.newPage();
        await page.goto(path);
        const steps = await declaredSteps(page);
        const results = [];
        for (const [k, to] of steps.entries()) {
          const from = steps[k - 1];
          if (!from || from.chart !== to.chart || from.view === to.view) continue;
          await page.goto(`${path}#${from.id}`);
          await expectStep(page, from);
          await settled(page);
          const before = await markState(page);
          await wheelTo(page, to.id);
          // The marks in the first frame after the chart has drawn the new view, and again 100 ms later.
          const [early, late] = await page.evaluate(async (view) => {
            const read = (): string => {
              const chart = document.querySelector('.graphic-inner > .is-active');
              return [...(chart?.shadowRoot?.querySelectorAll('[data-k]') ?? [])]
                .map((m) => `${m.getAttribute('data-k')}:${[...m.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}`)
                .join('\n');
            };
            const frame = (): Promise<unknown> => new Promise((done) => requestAnimationFrame(done));
            for (let n = 0; n < 600; n++) {
              const chart = document.querySelector<HTMLElement & { view: string; updateComplete: Promise<boolean> }>(
                '.graphic-inner > .is-active',
              );
              // The chart's code may still be on its way (the first chart is prerendered): wait for the live element.
              if (chart?.view === view && customElements.get(chart.localName)) {
                await chart.updateComplete;
                break;
              }
              await frame();
            }
            await frame();
            const first = read();
            await new Promise((done) => setTimeout(done, 100));
            return [first, read()];
          }, to.view);
          await expectStep(page, to);
          results.push({ step: to.id, changed: early !== before, still: late === early });
        }
        await context.close();
        return results;
      };
      const reduced = await probe('reduce');
      test.skip(reduced.length === 0, 'no step changes the view of a chart on this page');
      // The probe sees a move when motion is allowed…
      const moving = await probe('no-preference');
      expect(
        moving.filter((r) => !r.still).length,
        `marks move between views with motion allowed: ${JSON.stringify(moving)}`,
      ).toBeGreaterThan(0);
      // …and none under reduced motion, where every view change still changes the marks.
      expect(
        reduced.filter((r) => !r.changed).map((r) => r.step),
        'steps whose marks did not change',
      ).toEqual([]);
      expect(
        reduced.filter((r) => !r.still).map((r) => r.step),
        'steps whose marks were still moving after a frame',
      ).toEqual([]);
    });

    test('the live region announces the chart’s summary, with its numbers, after each step change', async ({ page }) => {
      test.skip(offlineCopy, 'the same story code as the pages');
      test.setTimeout(120_000);
      await page.goto(path);
      test.skip(!(await hasStory(page)), 'no story on this page');
      const lang = (await page.locator('html').getAttribute('lang')) ?? '';
      const steps = await declaredSteps(page);
      const announced = new Set<string>();
      // A step of every chart and view, after the first (which is not announced: the reader has not moved).
      const seen = new Set<string>();
      const sample = steps.slice(1).filter((s) => {
        const key = `${s.chart}/${s.view}`;
        return seen.has(key) ? false : (seen.add(key), true);
      });
      for (const step of sample) {
        await wheelTo(page, step.id);
        await expectStep(page, step);
        const index = steps.indexOf(step);
        // Announced once the scroll has settled.
        await expect(page.locator('.story-live')).toHaveText(
          lang === 'en' ? new RegExp(`^Step ${index + 1} of`) : new RegExp(`^第 ${index + 1} 步`),
        );
        const { live, summary, shadowSummary } = await page.evaluate(() => {
          const chart = document.querySelector<HTMLElement & { summary: string }>('.graphic-inner > .is-active');
          return {
            live: document.querySelector('.story-live')?.textContent ?? '',
            summary: chart?.summary ?? '',
            shadowSummary: chart?.shadowRoot?.querySelector('#summary')?.textContent?.trim() ?? '',
          };
        });
        // Every view's summary states its numbers; the locator map has none to state (it names places).
        if (step.view !== 'locator') expect(summary, `summary of ${step.id}`).toMatch(/\d/);
        else expect(summary, `summary of ${step.id}`).not.toBe('');
        expect(summary, `the summary is the one the plot is described by (${step.id})`).toBe(shadowSummary);
        expect(live, `live region at ${step.id}`).toContain(summary);
        if (lang === 'en') expect(live, `English announcement at ${step.id}`).not.toMatch(/[\u4e00-\u9fff]/);
        else expect(live, `Chinese announcement at ${step.id}`).toMatch(/[\u4e00-\u9fff]/);
        announced.add(summary);
      }
      // Each view is described in its own words and numbers.
      expect(announced.size).toBe(sample.length);
    });

    test('the shown chart’s data table opens from the keyboard, in plain sight', async ({ page }) => {
      test.skip(offlineCopy, 'the same story code as the pages');
      await page.goto(path);
      const story = await hasStory(page);
      if (!story) await settled(page);
      test.skip(!story && (await page.locator('[data-chart]').count()) === 0, 'no chart on this page');
      // The chart with the longest table, in the middle of the story, where a step card passes over the graphic.
      const steps = await declaredSteps(page);
      const step = steps.slice(1).find((s) => s.chart === 'scorecard') ?? steps[Math.floor(steps.length / 2)];
      if (story && step) {
        await page.goto(`${path}#${step.id}`);
        await expectStep(page, step);
      }
      await settled(page);
      const chart = page.locator(story ? '.graphic-inner > .is-active' : '[data-chart]').first();
      const summary = chart.locator('details > summary');
      const details = chart.locator('details');
      await summary.focus();
      await expect(details).not.toHaveAttribute('open');
      await page.keyboard.press('Enter');
      await expect(details).toHaveAttribute('open');
      const table = chart.locator('details table');
      await expect(table).toBeVisible();
      await expect(table.locator('thead tr th')).not.toHaveCount(0);
      const rows = table.locator('tbody tr');
      // A live chart draws the rows once the table opens.
      await expect(rows.first()).toBeVisible();
      expect(await rows.count()).toBeGreaterThanOrEqual(1);
      await page.waitForTimeout(300);
      // A wide table may scroll sideways (WCAG 1.4.10 lets data tables scroll in two dimensions): each row's
      // header cell must be in plain sight.
      const firstCell = (row: Locator): Locator => row.locator('th, td').first();
      const problems: string[] = [];
      problems.push(...sightProblems(await onScreen(await summary.elementHandle())));
      problems.push(...sightProblems(await onScreen(await firstCell(table.locator('thead tr')).elementHandle())));
      // In the story's sticky graphic the first row shows at once (the page cannot scroll the graphic). Elsewhere the
      // table opens below the chart, where the page scrolls to it (a phone's chart page: the summary is at the
      // screen's foot), so the first row is checked as the last one is, brought into view from the keyboard.
      const sight = async (row: Locator): Promise<string[]> => sightProblems(await onScreen(await firstCell(row).elementHandle()));
      if (story) problems.push(...(await sight(rows.first())));
      // In the story's graphic the table scrolls in a region of its own, the next stop after the summary.
      if (story) {
        await page.keyboard.press('Tab');
        await expect(chart.locator('details .table-region')).toBeFocused();
      }
      const rowsInView = [...(story ? [] : [rows.first()]), rows.last()];
      for (const row of rowsInView) {
        for (let i = 0; i < 40 && (await sight(row)).length > 0; i++) {
          await page.keyboard.press('PageDown');
          await page.waitForTimeout(150);
        }
        problems.push(...(await sight(row)));
      }
      const still = story ? (await stepState(page)).id : '';
      if (story && still !== step?.id) problems.push(`reading the table moved the story from step ${step?.id} to ${still}`);
      expect(problems.join('\n'), 'the open table is in plain sight').toBe('');
      expect((await audit(page)).join('\n'), 'axe violations with the table open').toBe('');
      // Space closes and opens it again.
      await summary.focus();
      await page.keyboard.press('Space');
      await expect(details).not.toHaveAttribute('open');
      await page.keyboard.press('Space');
      await expect(details).toHaveAttribute('open');
    });
  });
}
