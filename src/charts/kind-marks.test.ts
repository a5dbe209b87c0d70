import { describe, expect, test } from 'vitest';
import { bundle } from '../model/bundle.ts';
import type { PointKind } from '../model/types.ts';
import { svgSnapshot } from '../test-utils/svg-snapshot.ts';
import { CHART_DEFINITIONS } from './definitions.ts';
import { KIND_COLOR, KIND_SHAPE, kindPoint } from './kit/marks/kinds.ts';
import { CHART_TAGS, CHART_VIEWS, type ChartId } from './kit/registry.ts';
import { renderPoint } from './kit/render/point.ts';

const KINDS = Object.keys(KIND_COLOR) as PointKind[];
const cases = (Object.keys(CHART_VIEWS) as ChartId[]).flatMap((id) => CHART_VIEWS[id].map((view) => [id, view] as const));

/** The style attributes a kind's point is drawn with, wherever it is and however large. */
const kindStyles = (kind: PointKind) =>
  [...svgSnapshot(renderPoint(kindPoint('', kind, 0, 0, 1))).matchAll(/style="[^"]*"/g)].map((m) => m[0]);

describe('one mark for each kind of point', () => {
  test('each kind has a shape and a colour of its own', () => {
    expect(new Set(KINDS.map((k) => KIND_SHAPE[k])).size).toBe(KINDS.length);
    expect(new Set(KINDS.map((k) => KIND_COLOR[k])).size).toBe(KINDS.length);
  });

  test.each(cases)('%s, view %s: the legend names each kind it shows, and the plot draws that kind as the legend does', (id, view) => {
    const chart = CHART_DEFINITIONS[id];
    const entry = CHART_TAGS[id];
    const dataset = 'dataset' in entry ? entry.dataset : undefined;
    for (const lang of ['zh', 'en'] as const) {
      const model = chart.model(bundle, view, { width: 640, height: 400 }, lang, dataset);
      const kindColors = new Set(Object.values(KIND_COLOR));
      // A point swatch in a kind's colour would be a kind told by a shape the chart chose: it must name the kind.
      const pointsInKindColours = model.text.legend.filter(
        (item) => 'color' in item && ['dot', 'ring', 'bullseye', 'diamond'].includes(item.swatch) && kindColors.has(item.color),
      );
      expect(pointsInKindColours, lang).toEqual([]);
      const svg = svgSnapshot(chart.plot(model));
      for (const item of model.text.legend) {
        if ('color' in item) continue;
        for (const style of kindStyles(item.swatch)) expect(svg, `${lang}: ${item.swatch} drawn with ${style}`).toContain(style);
      }
    }
  });
});
