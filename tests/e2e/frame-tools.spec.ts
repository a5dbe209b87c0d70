import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expectStep, watchConsole } from './story-page.ts';

/**
 * The chart frame's editor tools: the "Share & download" dialog of a step's chart (view, language and
 * theme, previews, both embed codes, copying) and its downloads (CSV, SVG, PNG at 2×).
 */

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const STEP = { id: 'gdp-target', chart: 'gdp', view: 'target' };

/** The element that has the focus, looking into shadow roots. */
async function deepFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const host =
      (el?.getRootNode() as ShadowRoot | Document | undefined) instanceof ShadowRoot ? (el?.getRootNode() as ShadowRoot).host : null;
    return `${host ? `${host.localName}${host.classList.contains('is-active') ? '.is-active' : ''} ` : ''}${el?.localName ?? ''}${el?.id ? `#${el.id}` : ''}${el?.className && typeof el.className === 'string' ? `.${el.className}` : ''}`;
  });
}

/** Opens the story at the step and the tools of its chart with the keyboard: Tab from the graphic's bar, then Enter. */
async function openToolsByKeyboard(page: Page): Promise<Locator> {
  await page.goto(`/en/#${STEP.id}`);
  await expectStep(page, STEP);
  await page.locator('.graphic-bar .lang-switch').focus();
  for (let i = 0; i < 12 && (await deepFocus(page)) !== 'kc-line-chart.is-active button.tools'; i++) await page.keyboard.press('Tab');
  expect(await deepFocus(page)).toBe('kc-line-chart.is-active button.tools');
  await page.keyboard.press('Enter');
  const dialog = page.locator('kc-chart-tools dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

function previews(dialog: Locator): { phone: Locator; desktop: Locator } {
  return { phone: dialog.locator('.stage.phone > kc-line-chart'), desktop: dialog.locator('.stage.desktop > kc-line-chart') };
}

/** Reads a CSV as RFC 4180 fields (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = (): void => {
    rows.push([...row, field]);
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else {
      field += c;
    }
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

async function download(page: Page, button: Locator): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { file, bytes: readFileSync(path) };
}

test('the tools open by keyboard, follow the chosen view, language and theme, copy both codes and give focus back', async ({ page }) => {
  const errors = watchConsole(page);
  const dialog = await openToolsByKeyboard(page);
  expect(await deepFocus(page)).toBe('kc-chart-tools select#view');

  const { phone, desktop } = previews(dialog);
  const script = dialog.locator('#code-script');
  const iframe = dialog.locator('#code-iframe');
  const origin = new URL(page.url()).origin;
  await expect(dialog.locator('#view')).toHaveValue('target');
  await expect(dialog.locator('#lang')).toHaveValue('en');
  await expect(dialog.locator('#theme')).toHaveValue('auto');
  await expect(phone).toHaveAttribute('view', 'target');
  await expect(desktop).toHaveAttribute('lang', 'en');
  await expect(script).toHaveValue(
    `<script type="module" src="${origin}/lib/kc-charts.js"></script>\n<kc-line-chart dataset="gdp" view="target" lang="en"></kc-line-chart>`,
  );
  await expect(iframe).toHaveValue(new RegExp(`^<iframe src="${origin}/embed/gdp/target/en/" title="The 2026 goal: GDP to pass`));
  await expect(iframe).toHaveValue(/height="\d{3,4}"/);
  await expect(iframe).toHaveValue(new RegExp(`<script src="${origin}/embed/loader.js" async></script>$`));
  // Each preview lays the chart out at its own width, scaled to fit.
  expect(await phone.evaluate((el) => (el.parentElement as HTMLElement).offsetWidth)).toBe(390);
  expect(await desktop.evaluate((el) => (el.parentElement as HTMLElement).offsetWidth)).toBe(1000);

  // A view, by keyboard: the previews and both codes follow.
  const titleBefore = await desktop.locator('.title').textContent();
  await dialog.locator('#view').focus();
  await page.keyboard.press('Home');
  await expect(dialog.locator('#view')).toHaveValue('record');
  await expect(phone).toHaveAttribute('view', 'record');
  await expect(desktop).toHaveAttribute('view', 'record');
  await expect(desktop.locator('.title')).not.toHaveText(titleBefore ?? '');
  await expect(script).toHaveValue(/view="record" lang="en"/);
  await expect(iframe).toHaveValue(/embed\/gdp\/record\/en\/"/);

  await dialog.locator('#lang').selectOption('zh');
  await expect(phone).toHaveAttribute('lang', 'zh');
  await expect(desktop.locator('.title')).toHaveText(/[\u4e00-\u9fff]/);
  await expect(script).toHaveValue(/view="record" lang="zh"><\/kc-line-chart>/);
  await expect(iframe).toHaveValue(/\/zh\/" title="[^"]*[\u4e00-\u9fff]/);

  await dialog.locator('#theme').selectOption('dark');
  await expect(desktop).toHaveAttribute('theme', 'dark');
  const background = await desktop.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).toBe('rgb(21, 22, 26)');
  await expect(script).toHaveValue(/lang="zh" theme="dark"><\/kc-line-chart>/);
  await expect(iframe).toHaveValue(/embed\/gdp\/record\/zh\/\?theme=dark"/);

  // Copy, each announced in the live region; the clipboard holds exactly the code shown.
  const status = dialog.locator('[role="status"]');
  await dialog.getByRole('button', { name: 'Copy the script code' }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await script.inputValue());
  await dialog.getByRole('button', { name: 'Copy the iframe code' }).click();
  await expect(status).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await iframe.inputValue());

  // axe with the dialog open, in both colour schemes: the dialog, and the chart frame with its button.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page })
      .setLegacyMode(true)
      .include('kc-chart-tools')
      .include('.graphic-inner > .is-active')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.passes.length).toBeGreaterThan(0);
    expect(results.violations.map((v) => `${v.id} (${colorScheme}): ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: null });

  // The story's step keys stay with the story: pressed in the dialog (on a button, on its text) they move nothing.
  const scrollY = await page.evaluate(() => window.scrollY);
  await dialog.getByRole('button', { name: 'Copy the iframe code' }).focus();
  for (const key of ['ArrowDown', 'PageDown', 'Space', 'End']) await page.keyboard.press(key);
  await dialog.locator('#tools-title').click();
  for (const key of ['ArrowDown', 'PageDown', 'End']) await page.keyboard.press(key);
  await page.waitForTimeout(400);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
  await expect(dialog).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await deepFocus(page)).toBe('kc-line-chart.is-active button.tools');
  // The previews are gone with the dialog; the story's chart is as it was.
  await expect(dialog.locator('.stage > *')).toHaveCount(0);
  await expectStep(page, STEP);
  expect(errors).toEqual([]);
});

test('the downloads hold the data and the drawing of the chosen view', async ({ page }) => {
  const errors = watchConsole(page);
  const dialog = await openToolsByKeyboard(page);
  const table = await page
    .locator('.graphic-inner > kc-line-chart')
    .evaluate((el) =>
      (el as HTMLElement & { textOf(v: string, l: string): { title: string; table: { columns: string[]; rows: string[][] } } }).textOf(
        'target',
        'en',
      ),
    );

  // CSV: UTF-8 with BOM, the table's columns then unit, source, locator and licence, a line per table row.
  const csv = await download(page, dialog.getByRole('button', { name: 'CSV data' }));
  expect(csv.file.suggestedFilename()).toBe('kecheng-gdp-target-en.csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(csv.bytes.subarray(3).toString('utf8'));
  expect(rows[0]).toEqual([...table.table.columns, 'Unit', 'Source document', 'Locator', 'Licence']);
  expect(rows.slice(1).map((r) => r.slice(0, table.table.columns.length))).toEqual(table.table.rows);
  for (const row of rows.slice(1)) {
    expect(row[row.length - 4]).toBe('billion yuan');
    expect(row[row.length - 3]).toMatch(/\(.+, \d{4}/);
    expect(row[row.length - 2]?.length).toBeGreaterThan(0);
    expect(row[row.length - 1]).toBe('Kecheng, five years (柯城五年), CC BY 4.0, https://creativecommons.org/licenses/by/4.0/');
  }

  // SVG: a document of its own with the title, the plot, the source line and the credit drawn in as text, and the
  // licence in its metadata.
  const svg = await download(page, dialog.getByRole('button', { name: 'SVG image' }));
  expect(svg.file.suggestedFilename()).toBe('kecheng-gdp-target-en.svg');
  const source = (await dialog.locator('.stage.desktop > kc-line-chart .source').textContent())?.trim() ?? '';
  expect(source).toMatch(/^Sources?: /);
  const drawn = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    const texts = [...root.querySelectorAll(':scope > text')].map((t) => t.textContent ?? '').join(' ');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? '',
      root: root.localName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      title: root.querySelector('title')?.textContent ?? '',
      texts: texts.replace(/\s+/g, ' '),
      plot: root.querySelectorAll('svg path, svg circle').length,
      vars: /var\(--/.test(text),
      licence:
        root
          .querySelector('metadata')
          ?.getElementsByTagNameNS('http://creativecommons.org/ns#', 'license')[0]
          ?.getAttributeNS('http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'resource') ?? '',
    };
  }, svg.bytes.toString('utf8'));
  expect(drawn.error).toBe('');
  expect(drawn.root).toBe('svg');
  expect(drawn.title).toBe(table.title);
  expect(drawn.texts).toContain(table.title);
  expect(drawn.texts).toContain(source);
  expect(drawn.plot).toBeGreaterThan(3);
  expect(drawn.vars).toBe(false);
  expect(drawn.texts).toContain('Chart: Kecheng, five years · CC BY 4.0');
  expect(drawn.licence).toBe('https://creativecommons.org/licenses/by/4.0/');

  // PNG at twice the SVG's size, read from the file's header.
  const png = await download(page, dialog.getByRole('button', { name: 'PNG image (2×)' }));
  expect(png.file.suggestedFilename()).toBe('kecheng-gdp-target-en.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.readUInt32BE(16)).toBe(drawn.width * 2);
  expect(png.bytes.readUInt32BE(20)).toBe(drawn.height * 2);
  // The credit in the file's own metadata (an iTXt chunk, UTF-8).
  expect(png.bytes.includes(Buffer.from('iTXtCopyright\0\0\0\0\0Kecheng, five years (柯城五年), CC BY 4.0'))).toBe(true);

  // Another language: the CSV's header in Chinese, readable as UTF-8.
  await dialog.locator('#lang').selectOption('zh');
  const zh = await download(page, dialog.getByRole('button', { name: 'CSV data' }));
  expect(zh.file.suggestedFilename()).toBe('kecheng-gdp-target-zh.csv');
  expect(parseCsv(zh.bytes.subarray(3).toString('utf8'))[0]).toEqual([
    '年份',
    '数值',
    '类型',
    '口径',
    '来源',
    '单位',
    '来源文件',
    '出处',
    '许可',
  ]);
  await expect(dialog.locator('[role="status"]')).toHaveText('Downloading kecheng-gdp-target-zh.csv');
  expect(errors).toEqual([]);
});

test.describe('without clipboard permission', () => {
  test.use({ permissions: [] });

  test('Copy falls back to selecting the code and copying it the old way, and says so', async ({ page }) => {
    const errors = watchConsole(page);
    const dialog = await openToolsByKeyboard(page);
    await page.evaluate(() => {
      // A browser that refuses the Clipboard API (an insecure origin, a denied permission).
      Object.defineProperty(navigator.clipboard, 'writeText', {
        value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
      });
    });
    await dialog.getByRole('button', { name: 'Copy the script code' }).click();
    await expect(dialog.locator('[role="status"]')).toHaveText('Copied');
    const field = dialog.locator('#code-script');
    const selected = await field.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd, el.value.length]);
    expect(selected).toEqual([0, selected[2], selected[2]]);
    expect(await deepFocus(page)).toBe('kc-chart-tools textarea#code-script');
    expect(errors).toEqual([]);
  });
});

test('the offline copy (file://) keeps the downloads and says why it has no embed code', async ({ page }) => {
  const errors = watchConsole(page);
  const file = resolve(process.env.KC_OUT_DIR ?? 'dist', 'offline/kecheng-five-years-en.html');
  await page.goto(`${pathToFileURL(file).href}#${STEP.id}`);
  await expectStep(page, STEP);
  await page.locator('.graphic-inner > .is-active button.tools').focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('kc-chart-tools dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('textarea')).toHaveCount(0);
  await expect(dialog).toContainText('This offline copy has no web address to embed from');
  const csv = await download(page, dialog.getByRole('button', { name: 'CSV data' }));
  expect(csv.file.suggestedFilename()).toBe('kecheng-gdp-target-en.csv');
  expect(parseCsv(csv.bytes.subarray(3).toString('utf8'))[0]?.slice(-4)).toEqual(['Unit', 'Source document', 'Locator', 'Licence']);
  expect(errors).toEqual([]);
});

test('a page without the story offers no tools: the iframe embed page shows the chart alone', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/embed/?chart=gdp&view=target&lang=en');
  const chart = page.locator('kc-line-chart');
  await expect(chart.locator('.plot svg')).toBeVisible();
  await expect(chart.locator('button.tools')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--kc-tools'))).toBe('');
  expect(errors).toEqual([]);
});
