import { describe, expect, test } from 'vitest';
import { getDataset } from '../../model/bundle.ts';
import { svgSnapshot } from '../../test-utils/svg-snapshot.ts';
import { layoutScorecard } from './layout.ts';
import { layoutPlan } from './plan-layout.ts';
import { renderScorecardPlot } from './plot.ts';
import { RESULTS_VIEWS } from './views.ts';

const data = getDataset('scorecard', 'scorecard');
const plan = getDataset('plan-2025', 'plan-targets');

describe('renderScorecardPlot', () => {
  test.each(RESULTS_VIEWS)('draws the %s view in zh at 640×400', async (view) => {
    const svg = svgSnapshot(renderScorecardPlot(layoutScorecard(data, view, { width: 640, height: 400 }, 'zh')));
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/${view}-zh.svg`);
  });
  test.each(RESULTS_VIEWS)('draws the %s view in en at 360×300', async (view) => {
    const svg = svgSnapshot(renderScorecardPlot(layoutScorecard(data, view, { width: 360, height: 300 }, 'en')));
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/${view}-en.svg`);
  });
  test('draws the plan-2025 view in zh at 640×400', async () => {
    const svg = svgSnapshot(renderScorecardPlot(layoutPlan(plan, { width: 640, height: 400 }, 'zh')));
    await expect(svg).toMatchFileSnapshot('./__snapshots__/plan-2025-zh.svg');
  });
  test('draws the plan-2025 view in en at 360×300', async () => {
    const svg = svgSnapshot(renderScorecardPlot(layoutPlan(plan, { width: 360, height: 300 }, 'en')));
    await expect(svg).toMatchFileSnapshot('./__snapshots__/plan-2025-en.svg');
  });
  test('every tile shows its status by glyph as well as colour', () => {
    const svg = svgSnapshot(renderScorecardPlot(layoutScorecard(data, 'all', { width: 640, height: 400 }, 'en')));
    expect(svg.match(/>✓</g)).toHaveLength(9);
    expect(svg.match(/>✗</g)).toHaveLength(8);
    expect(svg.match(/>\?</g)).toHaveLength(4);
  });
  test('the plan-2025 ledger draws a "?" box for every indicator, a bullseye for every target and a square for every binding one', () => {
    const svg = svgSnapshot(renderScorecardPlot(layoutPlan(plan, { width: 640, height: 400 }, 'en')));
    expect(svg.match(/>\?</g)).toHaveLength(22);
    expect(svg.match(/stroke-dasharray="3 2"/g)).toHaveLength(22);
    expect(svg.match(/stroke:var\(--_target\)/g)).toHaveLength(22);
    expect(svg.match(/<rect data-k="plan-binding-[^"]+"[^>]*style="fill:var\(--_target\)"/g)).toHaveLength(6);
  });
});
