import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './story-page.ts';

/**
 * The students' worksheets, printed to PDF in Chromium on A4: every chapter of the story is there with its
 * heading, its key chart (vector SVG), that chart's table and the chapter's discussion questions, the same as the
 * story page's; no chart, table or question with its lines is cut by a page boundary; the page count stays in
 * range. And the worksheets are linked where teachers look: beside the handouts and in the speaker view.
 */
const A4 = { width: 210, height: 297 };
/** The page margins of src/styles/handout-document.css (top, bottom), in mm. */
const MARGIN = { top: 16, bottom: 18 };
const PX_PER_MM = 96 / 25.4;
/**
 * Pages per chapter: a chapter's chart, table and two or three questions with their lines take from about half a
 * page (a short table) to two pages (the 21- and 22-row scorecards); 14 chapters printed to 20 (zh) and 23 (en).
 */
const PER_CHAPTER = [1, 2] as const;

const squeeze = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, '');

/** The chapters of the story page in a language, read without scripts: each opening step's heading and questions. */
async function storyChapters(page: Page, path: string): Promise<{ id: string; heading: string; questions: string[] }[]> {
  await page.goto(path);
  return page.$$eval('section.step.opens-chapter', (steps) =>
    steps.map((step) => ({
      id: step.id,
      heading: (step.querySelector('h2.chapter')?.textContent ?? '').replace(/\s+/g, ''),
      questions: [...step.querySelectorAll('aside.teacher-notes .teacher-questions li')].map((li) =>
        (li.textContent ?? '').replace(/\s+/g, ''),
      ),
    })),
  );
}

test.describe.configure({ mode: 'parallel' });

for (const lang of ['zh', 'en'] as const) {
  const root = lang === 'zh' ? '/' : '/en/';
  const path = `${root}worksheet/`;

  test(`the worksheet at ${path} prints to A4 with every chapter's chart, table and questions whole`, async ({
    page,
    browser,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'printing does not depend on the viewport');
    const errors = watchConsole(page);
    const reader = await browser.newContext({ javaScriptEnabled: false });
    const chapters = await storyChapters(await reader.newPage(), root);
    await reader.close();
    expect(chapters.length).toBeGreaterThanOrEqual(10);

    await page.goto(path);
    await page.setViewportSize({ width: Math.round((A4.width - 30) * PX_PER_MM), height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const sheet = await page.$$eval('.worksheet-chapter', (sections) =>
      sections.map((s) => ({
        id: s.getAttribute('data-step') ?? '',
        heading: (s.querySelector('h2.chapter')?.textContent ?? '').replace(/\s+/g, ''),
        questions: [...s.querySelectorAll('.worksheet-question > p')].map((p) => (p.textContent ?? '').replace(/\s+/g, '')),
        lines: [...s.querySelectorAll('.worksheet-question')].map((q) => q.querySelectorAll('.answer-lines span').length),
        svg: !!s.querySelector('.worksheet-figure svg[role="img"][aria-label] :is(path, rect, text)'),
        rows: s.querySelectorAll('.worksheet-table tbody tr').length,
      })),
    );
    // The chapters, their headings and their questions are the story's, in its order, each once.
    expect(sheet.map((c) => c.id)).toEqual(chapters.map((c) => c.id));
    expect(sheet.map((c) => c.heading)).toEqual(chapters.map((c) => c.heading));
    expect(sheet.map((c) => c.questions)).toEqual(chapters.map((c) => c.questions));
    expect(sheet.filter((c) => !c.svg || c.rows === 0 || c.questions.length === 0).map((c) => c.id)).toEqual([]);
    expect(sheet.flatMap((c) => c.lines).every((n) => n >= 4)).toBe(true);
    await expect(page.locator('.teacher-note, .teacher-questions, .endnotes')).toHaveCount(0);

    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const count = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    testInfo.annotations.push({ type: 'pages', description: String(count) });
    expect(count).toBeGreaterThanOrEqual(chapters.length * PER_CHAPTER[0]);
    expect(count).toBeLessThanOrEqual(chapters.length * PER_CHAPTER[1]);

    // Nothing is split across pages. Fragmented layout is not exposed to scripts, so the check reads the PDF's
    // text page by page: a chart's title and its source line, a table's first and last rows, a question's first
    // and last words are each on one page, and a chapter's heading on its chart's page.
    let pagesText: string[] = [];
    try {
      pagesText = execFileSync('pdftotext', ['-raw', '-', '-'], { input: pdf }).toString('utf8').split('\f').map(squeeze);
    } catch {
      testInfo.annotations.push({ type: 'note', description: 'pdftotext missing: checked the boxes only' });
    }
    if (pagesText.length) {
      const pairs = await page.$$eval('.worksheet-chapter', (sections) => {
        const sq = (e: Element | null | undefined): string => (e?.textContent ?? '').replace(/\s+/g, '');
        return sections.flatMap((s) => {
          const id = s.getAttribute('data-step') ?? '';
          const rows = [...s.querySelectorAll('.worksheet-table tbody tr')];
          return [
            {
              what: `${id}: chart`,
              a: sq(s.querySelector('.figure-title')).slice(0, 12),
              b: sq(s.querySelector('figcaption p:last-child')).slice(-10),
            },
            { what: `${id}: heading`, a: sq(s.querySelector('h2.chapter')), b: sq(s.querySelector('.figure-title')).slice(0, 12) },
            {
              what: `${id}: table`,
              a: sq(rows[0]).slice(0, 24),
              b: sq(rows.at(-1)).slice(-24),
            },
            ...[...s.querySelectorAll('.worksheet-question > p')].map((p, i) => ({
              what: `${id}: question ${i + 1}`,
              a: sq(p).slice(0, 10),
              b: sq(p).slice(-8),
            })),
          ];
        });
      });
      const split = pairs.filter((p) => !pagesText.some((t) => t.includes(p.a) && t.includes(p.b)));
      expect(
        split.map((p) => p.what),
        'split across pages',
      ).toEqual([]);
    }
    // And each of them asks not to be broken, and fits in a page's printable height, so it can be kept whole.
    const printable = (A4.height - MARGIN.top - MARGIN.bottom) * PX_PER_MM;
    const unkept = await page.$$eval(
      '.chapter-lead, .worksheet-figure, .worksheet-table, .worksheet-question',
      (boxes, max) =>
        boxes
          .filter((b) => getComputedStyle(b).breakInside !== 'avoid' || b.getBoundingClientRect().height > max)
          .map((b) => `${b.className} in ${b.closest('section')?.id}`),
      printable,
    );
    expect(unkept, 'boxes that may be broken or are taller than a page').toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('the story links its worksheet beside the handouts, and the speaker view opens it in a new tab', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the speaker view is a laptop window');
  const errors = watchConsole(page);
  await page.goto('/en/?speaker');
  const links = page.locator('.classroom-links[data-at="header"] a');
  await expect(links).toHaveText(['Handout', 'Worksheet', 'Teacher’s handout', 'Offline copy']);
  const speaker = page.locator('.speaker-worksheet');
  await expect(speaker).toHaveText('Worksheet', { timeout: 15_000 });
  await expect(speaker).toHaveAttribute('target', '_blank');
  expect(await speaker.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(new URL('/en/worksheet/', page.url()).href);
  const [tab] = await Promise.all([page.context().waitForEvent('page'), speaker.click()]);
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname).toBe('/en/worksheet/');
  await expect(tab.locator('h1')).toHaveCount(1);
  expect(errors).toEqual([]);
});
