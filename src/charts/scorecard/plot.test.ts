import { describe, expect, test } from 'vitest';
import { getDataset } from '../../data/bundle';
import { svgSnapshot } from '../../test-utils/svg-snapshot';
import { layoutScorecard } from './layout';
import { renderScorecardPlot } from './plot';
import { VIEWS } from './views';

const data = getDataset('scorecard', 'scorecard');

describe('renderScorecardPlot', () => {
  test.each(VIEWS)('draws the %s view in zh at 640×400', async (view) => {
    const svg = svgSnapshot(renderScorecardPlot(layoutScorecard(data, view, { width: 640, height: 400 }, 'zh')));
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/${view}-zh.svg`);
  });
  test.each(VIEWS)('draws the %s view in en at 360×300', async (view) => {
    const svg = svgSnapshot(renderScorecardPlot(layoutScorecard(data, view, { width: 360, height: 300 }, 'en')));
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/${view}-en.svg`);
  });
  test('every tile shows its status by glyph as well as colour', () => {
    const svg = svgSnapshot(renderScorecardPlot(layoutScorecard(data, 'all', { width: 640, height: 400 }, 'en')));
    expect(svg.match(/>✓</g)).toHaveLength(9);
    expect(svg.match(/>✗</g)).toHaveLength(8);
    expect(svg.match(/>\?</g)).toHaveLength(4);
  });
});
