import { describe, expect, it } from 'vitest';
import { CHART_TEXT_MIN, chartZoom } from './present-page.ts';

describe('chartZoom', () => {
  it('brings the charts’ smallest text to 1/36 of the screen’s height at the projector sizes', () => {
    for (const height of [768, 800, 1080]) {
      expect(CHART_TEXT_MIN * chartZoom(height)).toBeGreaterThanOrEqual(height / 36);
      // and no more than a step of 2 % above it: the chart keeps as much room as it can
      expect(CHART_TEXT_MIN * chartZoom(height)).toBeLessThan((height / 36) * 1.02 + 0.01);
    }
    expect(chartZoom(1080)).toBe(2.53);
  });

  it('draws a chart with smaller text larger', () => {
    expect(11 * chartZoom(800, 11)).toBeGreaterThanOrEqual(800 / 36);
    expect(chartZoom(800, 11)).toBeGreaterThan(chartZoom(800));
  });

  it('never draws a chart smaller than it is', () => {
    expect(chartZoom(300)).toBe(1);
    expect(chartZoom(0)).toBe(1);
  });
});
