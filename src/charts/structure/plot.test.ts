import { describe, expect, test } from 'vitest';
import { getDataset } from '../../model/bundle.ts';
import { svgSnapshot } from '../../test-utils/svg-snapshot.ts';
import { layoutStructure } from './layout.ts';
import { renderStructurePlot } from './plot.ts';
import { VIEWS } from './views.ts';

const data = getDataset('structure', 'structure');

describe('renderStructurePlot', () => {
  test.each(VIEWS)('draws the %s view in zh at 640×400', async (view) => {
    const svg = svgSnapshot(renderStructurePlot(layoutStructure(data, view, { width: 640, height: 400 }, 'zh')));
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/${view}-zh.svg`);
  });
  test.each(VIEWS)('draws the %s view in en at 360×300', async (view) => {
    const svg = svgSnapshot(renderStructurePlot(layoutStructure(data, view, { width: 360, height: 300 }, 'en')));
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/${view}-en.svg`);
  });
  test('target segments are hatched and outlined', () => {
    const svg = svgSnapshot(renderStructurePlot(layoutStructure(data, 'all', { width: 640, height: 400 }, 'en')));
    expect(svg.match(/fill="url\(#kc-structure-hatch-/g)).toHaveLength(3);
  });
});
