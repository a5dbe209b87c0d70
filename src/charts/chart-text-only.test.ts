import { describe, expect, test } from 'vitest';
import { bundle } from '../model/bundle.ts';
import { CHART_TAGS, CHART_VIEWS, type ChartId } from './kit/registry.ts';
import { CHART_DEFINITIONS } from './definitions.ts';

/**
 * A chart with `text()` has its frame drawn and measured from it before any geometry is laid out
 * (elements/chart-element.ts, frame-reserve.ts): it must say exactly what the laid-out model says, at any size.
 */
const SIZES = [
  { width: 640, height: 400 },
  { width: 300, height: 220 },
];

const withText = (Object.keys(CHART_DEFINITIONS) as ChartId[]).filter((id) => CHART_DEFINITIONS[id].text);
const cases = withText.flatMap((id) => CHART_VIEWS[id].flatMap((view) => (['zh', 'en'] as const).map((lang) => [id, view, lang] as const)));

describe('text() of a chart', () => {
  test('every chart whose marks keep no least size has one', () => {
    expect(withText).toEqual(expect.arrayContaining(['gdp', 'structure', 'map', 'scorecard', 'villages']));
  });

  test.each(cases)('%s, view %s, %s: the same text as the model', (id, view, lang) => {
    const chart = CHART_DEFINITIONS[id];
    const entry = CHART_TAGS[id];
    const dataset = 'dataset' in entry ? entry.dataset : undefined;
    const text = chart.text!(bundle, view, lang, dataset);
    for (const size of SIZES) expect(text).toEqual(chart.model(bundle, view, size, lang, dataset).text);
  });
});
