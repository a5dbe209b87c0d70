import { describe, expect, test } from 'vitest';
import { bundle } from '../../model/bundle.ts';
import { svgSnapshot } from '../../test-utils/svg-snapshot.ts';
import { villageFigures } from './chart.ts';
import { layoutVillages } from './layout.ts';
import { renderVillagesPlot } from './plot.ts';
import { VIEWS } from './views.ts';

const figures = villageFigures(bundle);

describe('renderVillagesPlot', () => {
  test.each(VIEWS)('draws the %s view in zh at 640×400', async (view) => {
    const svg = svgSnapshot(renderVillagesPlot(layoutVillages(figures, view, { width: 640, height: 400 }, 'zh')));
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/${view}-zh.svg`);
  });
  test.each(VIEWS)('draws the %s view in en at 360×300', async (view) => {
    const svg = svgSnapshot(renderVillagesPlot(layoutVillages(figures, view, { width: 360, height: 300 }, 'en')));
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/${view}-en.svg`);
  });
  test('base-level squares are outlines, upper-level squares filled', () => {
    const svg = svgSnapshot(renderVillagesPlot(layoutVillages(figures, 'targets-2026', { width: 640, height: 400 }, 'en')));
    expect(svg.match(/fill="var\(--_bg\)" stroke="var\(--_target\)"/g)).toHaveLength(84 + 1);
    expect(svg.match(/fill="var\(--_target\)" stroke="var\(--_target\)"/g)).toHaveLength(127 + 1);
  });
});
