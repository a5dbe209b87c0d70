import { describe, expect, test } from 'vitest';
import { bundle } from '../../model/bundle.ts';
import { svgSnapshot } from '../../test-utils/svg-snapshot.ts';
import { mapChart } from './chart.ts';
import { renderMapPlot } from './plot.ts';
import { VIEWS } from './views.ts';

const draw = (view: string, lang: 'zh' | 'en', width: number, height: number) =>
  svgSnapshot(renderMapPlot(mapChart.model(bundle, view, { width, height }, lang)));

describe('renderMapPlot', () => {
  test.each(VIEWS)('draws the %s view in zh at 640×400', async (view) => {
    await expect(draw(view, 'zh', 640, 400)).toMatchFileSnapshot(`./__snapshots__/${view}-zh.svg`);
  });
  test.each(VIEWS)('draws the %s view in en at 360×300', async (view) => {
    await expect(draw(view, 'en', 360, 300)).toMatchFileSnapshot(`./__snapshots__/${view}-en.svg`);
  });
  test('land is a backdrop; the highlighted unit is a mark', () => {
    const svg = draw('quzhou', 'en', 640, 400);
    expect(svg.match(/<path data-k="county-\d+" class="backdrop"/g)).toHaveLength(5);
    expect(svg).toMatch(/<path data-k="kecheng"\s+d="M[^"]+"\s+fill="var\(--_actual\)"/);
  });
  test('every tile of the tile map is keyed by its code, so tiles fade in as units', () => {
    const svg = draw('townships', 'zh', 640, 400);
    expect(svg.match(/data-k="tile-330802\d{3}"/g)).toHaveLength(18);
  });
});
