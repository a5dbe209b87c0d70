import { describe, expect, test } from 'vitest';
import { bundle } from '../model/bundle.ts';
import type { PointKind } from '../model/types.ts';
import { svgSnapshot } from '../test-utils/svg-snapshot.ts';
import { legendSwatch } from '../elements/legend-swatch.ts';
import { CHART_DEFINITIONS } from './definitions.ts';
import type { MeaningSwatch } from './kit/chart-text.ts';
import { MEANING_COLOR, barPaint, REQUIRED_DASH, REQUIRED_PATH } from './kit/marks/grammar.ts';
import { KIND_COLOR, KIND_SHAPE, kindPoint } from './kit/marks/kinds.ts';
import { CHART_TAGS, CHART_VIEWS, type ChartId } from './kit/registry.ts';
import { renderPoint } from './kit/render/point.ts';

const KINDS = Object.keys(KIND_COLOR) as PointKind[];
const cases = (Object.keys(CHART_VIEWS) as ChartId[]).flatMap((id) => CHART_VIEWS[id].map((view) => [id, view] as const));

const PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray'];

/** Each shape's paint: its fill and stroke attributes, in one order (empty for a shape that sets none). */
const paints = (svg: string) =>
  [...svg.matchAll(/<(?:circle|rect|path|line)\b[^>]*>/g)]
    .map(([tag]) =>
      PAINT.flatMap((name) => {
        const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
        return value === undefined ? [] : [`${name}="${value}"`];
      }).join(' '),
    )
    .filter(Boolean);

/** The paints a kind's point is drawn with, wherever it is and however large. */
const kindPaints = (kind: PointKind) => paints(svgSnapshot(renderPoint(kindPoint('', kind, 0, 0, 1))));

/** The paints a meaning's bar or path is drawn with in the plot; a legend's hatching has its own pattern id. */
const meaningPaints = (swatch: MeaningSwatch) =>
  paints(svgSnapshot(legendSwatch({ label: '', swatch }))).map((s) => s.replace('kc-planned-hatch-key', 'kc-planned-hatch'));

/** A colour a category may never take: a kind's (but the actual's, the data's own ink), a status's, or a meaning's. */
const RESERVED = ['var(--_estimate)', 'var(--_target)', 'var(--_required)', 'var(--_met)', 'var(--_missed)', 'var(--_unpublished)'];

describe('one mark for each kind of point', () => {
  test('each kind has a shape and a colour of its own', () => {
    expect(new Set(KINDS.map((k) => KIND_SHAPE[k])).size).toBe(KINDS.length);
    expect(new Set(KINDS.map((k) => KIND_COLOR[k])).size).toBe(KINDS.length);
  });

  test('required has a colour no other meaning uses; planned is the plan’s colour, hatched', () => {
    const others = Object.entries(MEANING_COLOR).filter(([m]) => m !== 'required');
    expect(others.map(([, c]) => c)).not.toContain(MEANING_COLOR.required);
    expect(MEANING_COLOR.planned).toBe(MEANING_COLOR.target);
    expect(barPaint('planned').fill).toBe('url(#kc-planned-hatch)');
    expect(barPaint('required').dash).toBe(REQUIRED_DASH);
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
      // Nor may a category's swatch take a meaning's or a status's colour (a status's legend is its own chart's).
      const categories = model.text.legend.filter((item) => 'color' in item && item.swatch !== 'square' && item.swatch !== 'hatched');
      expect(
        categories.filter((item) => 'color' in item && RESERVED.includes(item.color)),
        lang,
      ).toEqual([]);
      const svg = svgSnapshot(chart.plot(model));
      for (const item of model.text.legend) {
        if ('color' in item) continue;
        if (item.swatch === 'required-path') {
          // A plot's path carries its caps and joins besides: the same stroke, width and dashes.
          const { color, width, dash } = REQUIRED_PATH;
          const drawn = paints(svg).some((p) => p.includes(`stroke="${color}" stroke-width="${width}" stroke-dasharray="${dash}"`));
          expect(drawn, `${lang}: the required path`).toBe(true);
          continue;
        }
        const drawn = KINDS.includes(item.swatch as PointKind)
          ? kindPaints(item.swatch as PointKind)
          : meaningPaints(item.swatch as MeaningSwatch);
        const plotted = paints(svg);
        expect(drawn.length, `${lang}: ${item.swatch}`).toBeGreaterThan(0);
        for (const paint of drawn) expect(plotted, `${lang}: ${item.swatch} drawn with ${paint}`).toContain(paint);
      }
    }
  });
});
