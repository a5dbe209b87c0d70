import { expect, test, type Page } from '@playwright/test';
import { VIEWS } from '../../src/charts/map/views.ts';
import { chartContrastProblems } from './contrast.ts';
import { labelOverlaps } from './label-overlaps.ts';
import { watchConsole } from './story-page.ts';

/**
 * <kc-district-map> in the built story page, before any step uses it: the page's own chart loader brings its
 * code (it loads every chart on the reader's first key press), then each test puts the element in a box the
 * size of the story's sticky graphic (phone: under the step cards; desktop: beside the text).
 */
async function showMap(page: Page, path: string, view: string): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => !!customElements.get('kc-story'));
  await page.keyboard.press('Shift');
  await page.waitForFunction(() => !!customElements.get('kc-district-map'), undefined, { timeout: 20_000 });
  await page.evaluate((view) => {
    // The contrast audit measures the page's active chart: this one, for the test.
    document.querySelectorAll('.graphic-inner > .is-active').forEach((el) => el.classList.remove('is-active'));
    const host = document.createElement('div');
    const phone = innerWidth < 600;
    host.style.cssText = `position:fixed;left:12px;top:12px;z-index:9999;width:${phone ? 366 : 804}px;height:${phone ? 459 : 712}px`;
    const map = document.createElement('kc-district-map');
    map.setAttribute('view', view);
    map.setAttribute('lang', document.documentElement.lang.startsWith('en') ? 'en' : 'zh');
    map.setAttribute('fill', '');
    map.dataset.chart = 'map';
    host.append(map);
    document.body.prepend(host);
  }, view);
  await page.waitForFunction(
    () => (document.querySelector('kc-district-map')?.shadowRoot?.querySelectorAll('.plot svg text').length ?? 0) > 0,
  );
  await page.waitForTimeout(300);
}

/** The pairs of the map's labels that overlap by more than half a pixel each way. */
function textOverlaps(page: Page): Promise<string[]> {
  return labelOverlaps(page, { chart: 'kc-district-map', texts: '.plot svg text', minOverlap: 0.5 });
}

/** What each view's title says (the unit tests check the titles in full). */
const TITLES: Record<(typeof VIEWS)[number], Record<'zh' | 'en', RegExp>> = {
  locator: { zh: /^柯城区：衢州市的中心城区/, en: /^Kecheng: the heart of Quzhou/ },
  quzhou: { zh: /^衢州市下辖六个县级区划/, en: /^Quzhou has six county-level units/ },
  plan: { zh: /空间格局（示意图）$/, en: /\(schematic\)$/ },
  townships: { zh: /^211 个村委会分布在 18 个乡镇/, en: /^211 village committees in 18 township-level units/ },
};

for (const path of ['/', '/en/']) {
  const lang = path === '/' ? 'zh' : 'en';
  test.describe(`<kc-district-map> at ${path}`, () => {
    for (const view of VIEWS) {
      test(`draws the ${view} view with its title, shapes and labels, none overlapping`, async ({ page }) => {
        const errors = watchConsole(page);
        await showMap(page, path, view);
        const drawn = await page.evaluate(() => {
          const root = document.querySelector('kc-district-map')?.shadowRoot;
          return {
            title: root?.querySelector('.title')?.textContent?.trim() ?? '',
            shapes: root?.querySelectorAll('.plot svg path, .plot svg rect').length ?? 0,
            texts: root?.querySelectorAll('.plot svg text').length ?? 0,
            summary: (document.querySelector('kc-district-map') as HTMLElement & { summary: string }).summary,
          };
        });
        expect(drawn.title).toMatch(TITLES[view][lang]);
        expect(drawn.shapes).toBeGreaterThan(0);
        expect(drawn.texts).toBeGreaterThan(2);
        expect(drawn.summary.length).toBeGreaterThan(20);
        expect(await textOverlaps(page)).toEqual([]);
        expect(errors).toEqual([]);
      });

      test(`keeps text and marks of the ${view} view legible in light and dark`, async ({ page }) => {
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          await showMap(page, path, view);
          expect(await chartContrastProblems(page), colorScheme).toEqual([]);
        }
      });
    }

    test('moves from one view to the next when its view changes', async ({ page }) => {
      const errors = watchConsole(page);
      await showMap(page, path, 'quzhou');
      for (const view of ['plan', 'townships', 'locator']) {
        await page.evaluate((v) => document.querySelector('kc-district-map')?.setAttribute('view', v), view);
        await page.waitForTimeout(700);
        expect(await page.evaluate(() => document.querySelector('kc-district-map')?.getAttribute('view'))).toBe(view);
        expect(await textOverlaps(page)).toEqual([]);
      }
      expect(errors).toEqual([]);
    });
  });
}
