import { describe, expect, test } from 'vitest';
import { getDataset } from '../../model/bundle.ts';
import { svgSnapshot } from '../../test-utils/svg-snapshot.ts';
import { layoutIncome } from './layout.ts';
import { renderIncomePlot } from './plot.ts';
import { VIEWS } from './views.ts';

const data = { income: getDataset('income', 'series'), ratio: getDataset('income-ratio', 'series') };

describe('renderIncomePlot', () => {
  test.each(VIEWS)('draws the %s view in zh at 640×400', async (view) => {
    const svg = svgSnapshot(renderIncomePlot(layoutIncome(data, view, { width: 640, height: 400 }, 'zh')));
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/${view}-zh.svg`);
  });
  test.each(VIEWS)('draws the %s view in en at 360×300', async (view) => {
    const svg = svgSnapshot(renderIncomePlot(layoutIncome(data, view, { width: 360, height: 300 }, 'en')));
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/${view}-en.svg`);
  });
});
