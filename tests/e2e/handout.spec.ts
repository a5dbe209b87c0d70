import { expect, test, type Page } from '@playwright/test';
import { declaredSteps, watchConsole } from './story-page.ts';

/**
 * The printable handouts, printed to PDF in Chromium on A4: every step's chart is there as vector SVG, none is
 * cut by a page boundary, and the page count stays in the expected range. Also the story page itself printed
 * with Ctrl+P: its steps unrolled, each with its chart, and no sticky graphic.
 */
const A4 = { width: 210, height: 297 };
/** The page margins of src/styles/handout-document.css (top, bottom), in mm. */
const MARGIN = { top: 16, bottom: 18 };
const PX_PER_MM = 96 / 25.4;

/**
 * Pages per step: a step's chart (which is never split) and its text take a third to a whole page; the
 * teacher's box adds up to a quarter page more.
 */
const HANDOUTS = [
  { path: '/handout/', lang: 'zh', teacher: false, perStep: [1 / 3, 1] },
  { path: '/handout/teacher/', lang: 'zh', teacher: true, perStep: [1 / 2, 1.25] },
  { path: '/en/handout/', lang: 'en', teacher: false, perStep: [1 / 3, 1] },
  { path: '/en/handout/teacher/', lang: 'en', teacher: true, perStep: [1 / 2, 1.25] },
] as const;

/** Figure boxes in the print layout, as a single long column: each one's top and bottom in px. */
async function figureBoxes(page: Page): Promise<{ id: string; top: number; bottom: number; svg: boolean }[]> {
  return page.$$eval('.handout-figure', (figures) =>
    figures.map((figure) => {
      const box = figure.getBoundingClientRect();
      return {
        id: figure.closest('section')?.id ?? '',
        top: box.top + window.scrollY,
        bottom: box.bottom + window.scrollY,
        svg: !!figure.querySelector('svg[role="img"][aria-label] path, svg[role="img"][aria-label] rect, svg[role="img"][aria-label] text'),
      };
    }),
  );
}

test.describe.configure({ mode: 'parallel' });

for (const handout of HANDOUTS) {
  test(`the handout at ${handout.path} prints to A4 with every step's chart whole`, async ({ page, browser }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'printing does not depend on the viewport');
    const errors = watchConsole(page);
    await page.goto(handout.path);
    // The story's steps, from the story page in the same language.
    const story = await browser.newPage();
    await story.goto(handout.lang === 'zh' ? '/' : '/en/');
    const steps = await declaredSteps(story);
    await story.close();

    await page.setViewportSize({ width: Math.round((A4.width - 30) * PX_PER_MM), height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const boxes = await figureBoxes(page);
    expect(boxes.map((b) => b.id)).toEqual(steps.map((s) => s.id));
    expect(
      boxes.filter((b) => !b.svg).map((b) => b.id),
      'figures without a drawn SVG',
    ).toEqual([]);
    expect((await page.locator('.teacher-note').count()) > 0).toBe(handout.teacher);
    expect((await page.locator('.teacher-questions li').count()) > 0).toBe(handout.teacher);

    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const count = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    testInfo.annotations.push({ type: 'pages', description: String(count) });
    expect(count).toBeGreaterThanOrEqual(Math.floor(steps.length * handout.perStep[0]));
    expect(count).toBeLessThanOrEqual(Math.ceil(steps.length * handout.perStep[1]) + 1);

    // No figure crosses a page boundary. Fragmented layout is not exposed to scripts, so the check runs
    // on the PDF itself: each page's text, page by page, must hold a figure's title and its source line together.
    const { execFileSync } = await import('node:child_process');
    let pagesText: string[] = [];
    try {
      pagesText = execFileSync('pdftotext', ['-raw', '-', '-'], { input: pdf }).toString('utf8').split('\f');
    } catch {
      test.info().annotations.push({ type: 'note', description: 'pdftotext missing: checked the figure heights only' });
    }
    const titles = await page.$$eval('.handout-figure', (figures) =>
      figures.map((f) => ({
        title: (f.querySelector('.figure-title')?.textContent ?? '').replace(/\s+/g, '').slice(0, 12),
        source: (f.querySelector('figcaption p:last-child')?.textContent ?? '').replace(/\s+/g, '').slice(-10),
      })),
    );
    if (pagesText.length) {
      const squeezed = pagesText.map((p) => p.replace(/\s+/g, ''));
      const split = titles.filter((f) => !squeezed.some((p) => p.includes(f.title) && p.includes(f.source)));
      expect(split, 'figures whose title and source line are on different pages').toEqual([]);
      // No chapter heading is left at the foot of a page: it shares its page with its first chart's title.
      const chapters = await page.$$eval('.handout-step.opens-chapter', (sections) =>
        sections.map((s) => ({
          heading: (s.querySelector('.chapter')?.textContent ?? '').replace(/\s+/g, ''),
          title: (s.querySelector('.figure-title')?.textContent ?? '').replace(/\s+/g, '').slice(0, 12),
        })),
      );
      const orphans = chapters.filter((c) => !squeezed.some((p) => p.includes(c.heading) && p.includes(c.title)));
      expect(
        orphans.map((c) => c.heading),
        'chapter headings apart from their first chart',
      ).toEqual([]);
    }
    // And every figure asks not to be broken, and fits in the printable height of a page, so that it can be kept whole.
    const breakable = await page.$$eval('.handout-figure', (figures) =>
      figures.filter((f) => getComputedStyle(f).breakInside !== 'avoid').map((f) => f.closest('section')?.id),
    );
    expect(breakable, 'figures without break-inside: avoid').toEqual([]);
    const printable = (A4.height - MARGIN.top - MARGIN.bottom) * PX_PER_MM;
    expect(boxes.filter((b) => b.bottom - b.top > printable).map((b) => b.id)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('the story page prints its steps unrolled, each with its chart, without the sticky graphic', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'printing does not depend on the viewport');
  const errors = watchConsole(page);
  const images: string[] = [];
  page.on('request', (request) => {
    if (/\/charts\/(zh|en)\/.+\.svg$/.test(request.url())) images.push(request.url());
  });
  await page.goto('/en/');
  await expect(page.locator('kc-story.is-live')).toHaveCount(1, { timeout: 15_000 });
  const steps = await declaredSteps(page);
  // On screen, none of the step images is downloaded.
  await page.mouse.wheel(0, 3000);
  await page.waitForTimeout(500);
  expect(images, 'step images fetched on screen').toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect
    .poll(() => page.$$eval('.step .print-figure img', (imgs) => imgs.filter((i) => (i as HTMLImageElement).naturalWidth > 0).length))
    .toBe(steps.length);
  expect(await page.locator('.graphic').isVisible()).toBe(false);
  expect(await page.locator('.progress').isVisible()).toBe(false);
  expect(await page.locator('.teacher-notes').first().isVisible()).toBe(false);
  const heights = await page.$$eval('.step', (els) => els.map((el) => el.getBoundingClientRect().height));
  // Unrolled: a step is as tall as its chart and text, not a screen tall.
  expect(Math.max(...heights)).toBeLessThan(1200);
  // The figures' receipts follow the story as numbered endnotes, each figure carrying its note's number.
  const notes = await page.locator('.print-endnotes li').count();
  expect(notes).toBeGreaterThan(40);
  const refs = await page.$$eval('.print-noteref', (sups) => sups.map((s) => Number(s.textContent)));
  expect(refs.length).toBeGreaterThanOrEqual(notes);
  expect(refs.every((n) => n >= 1 && n <= notes)).toBe(true);
  expect(new Set(refs).size).toBe(notes);
  const pages = async () => ((await page.pdf({ format: 'A4' })).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const count = await pages();
  // The steps alone take what they took before the endnotes; the endnotes take some pages more.
  await page.addStyleTag({ content: '.print-endnotes, .print-noteref { display: none !important; }' });
  const stepPages = await pages();
  testInfo.annotations.push({ type: 'pages', description: `${stepPages} + ${count - stepPages} of endnotes` });
  expect(stepPages).toBeGreaterThanOrEqual(6);
  expect(stepPages).toBeLessThanOrEqual(30);
  expect(count - stepPages).toBeGreaterThanOrEqual(1);
  expect(count - stepPages).toBeLessThanOrEqual(15);
  expect(errors).toEqual([]);
});
