import { describe, expect, test } from 'vitest';
import { bundle } from '../model/bundle.ts';
import { svgSnapshot } from '../test-utils/svg-snapshot.ts';
import { CHART_VIEWS } from './kit/registry.ts';
import { CHART_DEFINITIONS } from './definitions.ts';
import { CHART_TAGS, type ChartId } from './kit/registry.ts';

/**
 * A phone at 200 % zoom leaves a chart a plot of a couple of hundred pixels or less. Whatever the size, no
 * chart may draw a shape of negative size or a coordinate that is not a number (the browser rejects both and
 * reports an error).
 */
const sizes = [
  { width: 160, height: 90 },
  { width: 195, height: 140 },
  { width: 90, height: 60 },
  { width: 60, height: 40 },
  // the floor the chart element lays any plot out at (src/charts/kit/size.ts MIN_PLOT), and narrower ones
  { width: 120, height: 90 },
  { width: 400, height: 90 },
];
const cases = (Object.keys(CHART_VIEWS) as ChartId[]).flatMap((id) => CHART_VIEWS[id].map((view) => [id, view] as const));

describe('small plots', () => {
  test.each(cases)('%s, view %s: no negative width, height or radius at small sizes', (id, view) => {
    const chart = CHART_DEFINITIONS[id];
    const entry = CHART_TAGS[id];
    const dataset = 'dataset' in entry ? entry.dataset : undefined;
    for (const size of sizes) {
      for (const lang of ['zh', 'en'] as const) {
        const svg = svgSnapshot(chart.plot(chart.model(bundle, view, size, lang, dataset)));
        const negative = svg.match(/\s(?:width|height|r|rx|ry)="-[^"]*"/g) ?? [];
        expect(negative, `${size.width}×${size.height} ${lang}`).toEqual([]);
        const notNumbers = svg.match(/\s[a-z-]+="[^"]*(?:NaN|Infinity)[^"]*"/g) ?? [];
        expect(notNumbers, `${size.width}×${size.height} ${lang}`).toEqual([]);
      }
    }
  });
});
