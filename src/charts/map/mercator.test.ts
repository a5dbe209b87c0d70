import { geoMercator, geoPath, geoStream, type GeoPermissibleObjects, type GeoStream } from 'd3-geo';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mapGeo } from './geo.ts';
import { fitMercatorExtent } from './mercator.ts';

type Extent = [[number, number], [number, number]];

const geo = mapGeo();
const SHAPES: [string, GeoPermissibleObjects][] = [
  ['the provinces', { type: 'FeatureCollection', features: geo.provinces }],
  ['Quzhou', geo.quzhou],
  ['the counties', { type: 'FeatureCollection', features: geo.counties }],
  ['Kecheng', geo.kecheng],
];
/** Plot sizes from a phone at 200 % zoom to a classroom screen, and one far wider than tall. */
const SIZES: [number, number][] = [
  [195, 120],
  [358, 300],
  [640, 400],
  [1180, 620],
  [1600, 240],
];

const extents = (width: number, height: number): [Extent, Extent] => [
  [
    [8, 8],
    [width - 26, height - 30],
  ],
  [
    [0, 0],
    [width, height],
  ],
];

/** What a projection's stream passes on: the shape of its rings and their points. */
function streamed(
  projection: { stream(output: GeoStream): GeoStream },
  object: GeoPermissibleObjects,
): { shape: string; points: number[] } {
  const events: string[] = [];
  const points: number[] = [];
  const recorder: GeoStream = {
    point: (x, y) => {
      events.push('.');
      points.push(x, y);
    },
    lineStart: () => events.push('['),
    lineEnd: () => events.push(']'),
    polygonStart: () => events.push('{'),
    polygonEnd: () => events.push('}'),
    sphere: () => events.push('sphere'),
  };
  geoStream(object, projection.stream(recorder));
  return { shape: events.join(''), points };
}

/** The same rings with the same points: the two differ in the last bits of a double (at most 1e-11 px seen). */
function expectSameStream(ours: ReturnType<typeof streamed>, d3: ReturnType<typeof streamed>): void {
  expect(ours.shape).toBe(d3.shape);
  const worst = Math.max(0, ...ours.points.map((v, i) => Math.abs(v - (d3.points[i] ?? NaN))));
  expect(worst).toBeLessThan(1e-9);
}

describe('fitMercatorExtent draws as d3-geo’s geoMercator().fitExtent().clipExtent()', () => {
  test.each(SHAPES)('%s: the same points, at every plot size', (_name, object) => {
    for (const [width, height] of SIZES) {
      const [extent, clip] = extents(width, height);
      const ours = fitMercatorExtent(extent, object, clip);
      const d3 = geoMercator().fitExtent(extent, object).clipExtent(clip);
      expectSameStream(streamed(ours, object), streamed(d3, object));
      expect(geoPath(ours).digits(1)(object)).toBe(geoPath(d3).digits(1)(object));
    }
  });

  // With no margin a shape touches the plot's edge, where the last bit of a double decides whether its ring is cut
  // there (and starts anew from the cut: the same outline, another first point). The map keeps margins of 8 px or more.
  test('the same points and path for any plot, margins and geography (property)', () => {
    const shapes = fc.constantFrom(...SHAPES.filter(([name]) => name !== 'the provinces').map(([, object]) => object));
    const plot = fc.record({
      width: fc.integer({ min: 60, max: 2400 }),
      height: fc.integer({ min: 60, max: 1400 }),
      left: fc.integer({ min: 1, max: 20 }),
      top: fc.integer({ min: 1, max: 20 }),
    });
    fc.assert(
      fc.property(shapes, plot, (object, { width, height, left, top }) => {
        const extent: Extent = [
          [left, top],
          [width - left, height - top],
        ];
        const clip: Extent = [
          [0, 0],
          [width, height],
        ];
        const ours = fitMercatorExtent(extent, object, clip);
        const d3 = geoMercator().fitExtent(extent, object).clipExtent(clip);
        expectSameStream(streamed(ours, object), streamed(d3, object));
        expect(geoPath(ours).digits(1)(object)).toBe(geoPath(d3).digits(1)(object));
      }),
      { numRuns: 60 },
    );
  });

  test('clipped to the plot as d3-geo clips: a window on Quzhou cuts the provinces the same way', () => {
    const provinces: GeoPermissibleObjects = { type: 'FeatureCollection', features: geo.provinces };
    const window: GeoPermissibleObjects = {
      type: 'MultiPoint',
      coordinates: [
        [117.9, 28.2],
        [119.4, 29.4],
      ],
    };
    const [extent, clip] = extents(390, 300);
    const ours = fitMercatorExtent(extent, window, clip);
    const d3 = geoMercator().fitExtent(extent, window).clipExtent(clip);
    const path = geoPath(ours).digits(1)(provinces);
    expect(path).toBe(geoPath(d3).digits(1)(provinces));
    expect(path?.length).toBeLessThan((geoPath(d3.clipExtent(null)).digits(1)(provinces) ?? '').length);
  });

  test('a point and its inverse, as d3-geo projects them', () => {
    const [extent, clip] = extents(640, 400);
    const ours = fitMercatorExtent(extent, geo.kecheng, clip);
    const d3 = geoMercator().fitExtent(extent, geo.kecheng).clipExtent(clip);
    for (const lon of [118.6, 118.8, 119.0]) {
      for (const lat of [28.7, 28.9, 29.1]) {
        const [x, y] = ours([lon, lat]);
        const [dx, dy] = d3([lon, lat]) ?? [NaN, NaN];
        expect(x).toBeCloseTo(dx, 9);
        expect(y).toBeCloseTo(dy, 9);
        const [ilon, ilat] = ours.invert([x, y]);
        expect(ilon).toBeCloseTo(lon, 9);
        expect(ilat).toBeCloseTo(lat, 9);
      }
    }
  });
});
