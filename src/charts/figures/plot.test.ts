import { describe, expect, test } from 'vitest';
import { getDataset } from '../../model/bundle.ts';
import type { FiguresDataset } from '../../model/types.ts';
import { svgSnapshot } from '../../test-utils/svg-snapshot.ts';
import { layoutFigures } from './layout.ts';
import { renderFiguresPlot } from './plot.ts';
import { VIEWS } from './views.ts';

const datasets: Record<string, FiguresDataset> = Object.fromEntries(
  ['place', 'targets-2026', 'record-2021'].map((id) => [id, getDataset(id, 'figures')]),
);

describe('renderFiguresPlot', () => {
  test.each(VIEWS)('draws the %s view in zh at 640×400', async (view) => {
    const svg = svgSnapshot(renderFiguresPlot(layoutFigures(datasets, view, { width: 640, height: 400 }, 'zh')));
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/${view}-zh.svg`);
  });
  test.each(VIEWS)('draws the %s view in en at 360×300', async (view) => {
    const svg = svgSnapshot(renderFiguresPlot(layoutFigures(datasets, view, { width: 360, height: 300 }, 'en')));
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/${view}-en.svg`);
  });
  test('only tiles carry keys, so each fades in as one', () => {
    const svg = svgSnapshot(renderFiguresPlot(layoutFigures(datasets, 'place', { width: 640, height: 400 }, 'en')));
    expect(svg.match(/data-k=/g)).toHaveLength(4);
  });
});
