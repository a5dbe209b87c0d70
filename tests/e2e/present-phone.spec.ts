import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import { declaredSteps, watchConsole } from './story-page.ts';

/**
 * The slide show's "Phones" dialog (issue 17): the q key and the button show a QR code of the slide's step in the
 * scrolling story, read here from a screenshot as a phone's camera would, at a projector's sizes, in both
 * languages and in the offline copy.
 */

/** The text of the QR code in a screenshot of `locator`, or null when none is found. */
async function decodeQr(locator: Locator): Promise<string | null> {
  const png = PNG.sync.read(await locator.screenshot());
  const rgba = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length);
  return jsQR(rgba, png.width, png.height)?.data ?? null;
}

const dialog = (page: Page): Locator => page.locator('.present-phone-dialog');
const qr = (page: Page): Locator => page.locator('.present-phone-dialog .phone-qr');

async function focusedClass(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.localName}.${el.className}` : '';
  });
}

test.describe('the phones dialog of the slide show', () => {
  test.skip(({ isMobile }) => isMobile, 'presentation mode is tested at projector sizes in the desktop project');

  for (const [width, height] of [
    [1280, 800],
    [1024, 768],
  ] as const) {
    for (const lang of ['en', 'zh'] as const) {
      test(`${width}×${height}, ${lang}: q shows the step's QR code, large; it follows the slide; Esc closes it`, async ({
        page,
        baseURL,
      }, testInfo) => {
        const errors = watchConsole(page);
        await page.setViewportSize({ width, height });
        const path = lang === 'en' ? '/en/' : '/';
        await page.goto(`${path}?present#gdp-target`);
        await expect(page.locator('.present-chrome')).toBeVisible();
        const ids = (await declaredSteps(page)).map((s) => s.id);
        const at = ids.indexOf('gdp-target');
        const button = page.locator('.present-phone');
        await expect(button).toHaveText(lang === 'en' ? 'Phones' : '手机打开');
        await expect(button).toHaveAttribute('aria-expanded', 'false');

        await page.keyboard.press('q');
        await expect(dialog(page)).toBeVisible();
        await expect(button).toHaveAttribute('aria-expanded', 'true');
        const origin = new URL(baseURL ?? '').origin;
        const expected = `${origin}${path}#gdp-target`;
        expect(await decodeQr(qr(page))).toBe(expected);
        await expect(page.locator('.phone-address')).toHaveText(expected.replace(/^http:\/\//, ''));
        // 127.0.0.1 is this computer's own address: the dialog says so.
        await expect(page.locator('.phone-reach')).toHaveText(lang === 'en' ? /only this computer/ : /只有这台电脑/);
        await expect(page.locator('.phone-title')).toHaveText(lang === 'en' ? 'Open this step on your phone' : '用手机打开这一步');
        await expect(page.locator('.phone-slide')).toHaveText(
          lang === 'en' ? `Slide ${at + 1} of ${ids.length}` : `第 ${at + 1} 页，共 ${ids.length} 页`,
        );

        // Large for the back row: at least half the screen's shorter side, square, all of it on screen.
        const box = await qr(page).boundingBox();
        expect(box).not.toBeNull();
        if (box) {
          expect(box.height).toBeGreaterThanOrEqual(0.5 * Math.min(width, height));
          expect(Math.abs(box.width - box.height)).toBeLessThan(1);
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(width);
          expect(box.y + box.height).toBeLessThanOrEqual(height);
        }
        // The dialog's whole text is on screen, nothing scrolls.
        const text = await page.locator('.phone-text').evaluate((el) => ({ s: el.scrollHeight, c: el.clientHeight }));
        expect(text.s).toBeLessThanOrEqual(text.c + 1);
        await page.screenshot({ path: testInfo.outputPath(`phones-${lang}-${width}x${height}.png`) });

        // The focus is in the modal dialog; axe finds nothing in it.
        expect(await focusedClass(page)).toBe('button.phone-close');
        const axe = await new AxeBuilder({ page }).include('.present-phone-dialog').analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

        // The slides still move under it (a clicker, the arrows), and the code follows.
        await page.keyboard.press('ArrowRight');
        const next = ids[at + 1] ?? '';
        await expect(page.locator('.present-counter')).toHaveText(`${at + 2} / ${ids.length}`);
        await expect(page).toHaveURL(new RegExp(`\\?present#${next}$`));
        await expect(qr(page)).toHaveAttribute('data-address', `${origin}${path}#${next}`);
        expect(await decodeQr(qr(page))).toBe(`${origin}${path}#${next}`);

        // Esc closes the dialog, not the show; the focus goes back to the show, whose keys work again.
        await page.keyboard.press('Escape');
        await expect(dialog(page)).toBeHidden();
        await expect(page.locator('html')).toHaveClass(/kc-presenting/);
        await expect(button).toHaveAttribute('aria-expanded', 'false');
        expect(await focusedClass(page)).toMatch(/^kc-story\./);
        await page.keyboard.press('ArrowLeft');
        await expect(page.locator('.present-counter')).toHaveText(`${at + 1} / ${ids.length}`);

        // The button opens it at the slide now on screen; Close, and q, close it; the focus returns to the button.
        await button.click();
        await expect(dialog(page)).toBeVisible();
        expect(await decodeQr(qr(page))).toBe(expected);
        await page.locator('.phone-close').click();
        await expect(dialog(page)).toBeHidden();
        expect(await focusedClass(page)).toMatch(/present-phone/);
        await page.keyboard.press('Enter');
        await expect(dialog(page)).toBeVisible();
        await page.keyboard.press('q');
        await expect(dialog(page)).toBeHidden();
        expect(await focusedClass(page)).toMatch(/present-phone/);
        expect(errors).toEqual([]);
      });
    }
  }

  test('black on white in dark mode and in projector colours, and the code still reads', async ({ page, baseURL }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/en/?present#gdp-break');
    await expect(page.locator('.present-chrome')).toBeVisible();
    for (const projector of [false, true]) {
      if (projector) await page.keyboard.press('c');
      await page.keyboard.press('q');
      await expect(dialog(page)).toBeVisible();
      const colours = await dialog(page).evaluate((el) => {
        const style = getComputedStyle(el);
        return { fg: style.color, bg: style.backgroundColor };
      });
      expect(colours).toEqual({ fg: 'rgb(0, 0, 0)', bg: 'rgb(255, 255, 255)' });
      expect(await decodeQr(qr(page))).toBe(`${new URL(baseURL ?? '').origin}/en/#gdp-break`);
      await page.keyboard.press('Escape');
      await expect(dialog(page)).toBeHidden();
    }
  });

  test('the offline copy: the code is the file’s own address at the step, made with nothing loaded', async ({ page }, testInfo) => {
    const file = resolve(process.env.KC_OUT_DIR ?? 'dist', 'offline/kecheng-five-years-en.html');
    const url = pathToFileURL(file).href;
    const errors = watchConsole(page);
    const asked: string[] = [];
    await page.route('**/*', (route) => {
      const wanted = route.request().url();
      if (wanted === url || wanted.startsWith(`${url}#`) || wanted.startsWith(`${url}?`)) return route.continue();
      asked.push(wanted);
      return route.abort();
    });
    await page.goto(`${url}?present#gdp-break`);
    await expect(page.locator('.present-chrome')).toBeVisible({ timeout: 15_000 });
    await page.keyboard.press('q');
    await expect(dialog(page)).toBeVisible();
    expect(await decodeQr(qr(page))).toBe(`${url}#gdp-break`);
    await expect(page.locator('.phone-address')).toHaveText(`${url}#gdp-break`);
    await expect(page.locator('.phone-reach')).toHaveText('A file on this computer: phones cannot open it.');
    await page.screenshot({ path: testInfo.outputPath('phones-offline-en-1280x800.png') });
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    expect(asked).toEqual([]);
    expect(errors).toEqual([]);
  });
});
