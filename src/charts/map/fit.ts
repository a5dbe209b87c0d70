import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { geoPath, type GeoPermissibleObjects, type GeoStream } from 'd3-geo';
import type { Size } from '../kit/size.ts';
import { fitMercatorExtent, type MapProjection } from './mercator.ts';

/** Room kept free around the geography: the scale bar below, the north arrow at the right. */
export const MARGIN = { top: 8, right: 26, bottom: 30, left: 8 };

/**
 * A Mercator projection fitting `object` into the plot less the margins (north up, so the arrow is true),
 * clipped to the plot. Mercator keeps shapes; over a few degrees its area distortion is negligible.
 */
export function fitMercator(object: GeoPermissibleObjects, { width, height }: Size, margin = MARGIN): MapProjection {
  return fitMercatorExtent(
    [
      [margin.left, margin.top],
      [Math.max(margin.left + 1, width - margin.right), Math.max(margin.top + 1, height - margin.bottom)],
    ],
    object,
    [
      [0, 0],
      [width, height],
    ],
  );
}

/** A stream that passes on a line's points only when they lie at least `min` px from the last one passed. */
function thinned(output: GeoStream, min: number): GeoStream {
  let last: [number, number] | undefined;
  let held: [number, number] | undefined;
  return {
    point(x, y) {
      if (last && Math.hypot(x - last[0], y - last[1]) < min) {
        held = [x, y];
        return;
      }
      output.point(x, y);
      last = [x, y];
      held = undefined;
    },
    lineStart() {
      last = held = undefined;
      output.lineStart();
    },
    lineEnd() {
      // The line's last point always stays, so rings close where they began.
      if (held) output.point(held[0], held[1]);
      last = held = undefined;
      output.lineEnd();
    },
    polygonStart: () => output.polygonStart(),
    polygonEnd: () => output.polygonEnd(),
    sphere: () => output.sphere?.(),
  };
}

/**
 * SVG path data of a feature at the plot's resolution: points closer than 1 px to the previous one are
 * dropped (a locator at phone size keeps a fraction of its points) and coordinates rounded to 0.1 px.
 */
export function pathOf(projection: MapProjection, object: GeoPermissibleObjects): string {
  const stream = { stream: (output: GeoStream) => projection.stream(thinned(output, 1)) };
  return geoPath(stream).digits(1)(object) ?? '';
}

/**
 * A feature's centre in degrees: the centroid of its outline taken as a plane (d3-geo's geoCentroid, on the sphere,
 * would add 0.5 KB gzip to the map for a difference of metres over a county).
 */
export function centreOf(object: GeoPermissibleObjects): [number, number] {
  return geoPath().centroid(object);
}

/** The projected centroid of a feature's visible part. */
export function centroidOf(projection: MapProjection, object: GeoPermissibleObjects): [number, number] {
  return geoPath(projection).centroid(object);
}

/**
 * Where the rings' edges cross the horizontal line at y, sorted: (x, y) lies inside the rings (even–odd rule, so
 * holes count as outside) when an odd number of them lie to the right of x. One pass over the edges serves a whole
 * row of candidate points.
 */
function crossingsAt(rings: [number, number][][], y: number): number[] {
  const crossings: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] ?? [0, 0];
      const [xj, yj] = ring[j] ?? [0, 0];
      if (yi > y !== yj > y) crossings.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
  }
  return crossings.sort((a, b) => a - b);
}

function insideAt(crossings: number[], x: number): boolean {
  let right = 0;
  for (let k = crossings.length - 1; k >= 0 && x < (crossings[k] ?? -Infinity); k--) right++;
  return right % 2 === 1;
}

/**
 * A point deep inside a feature's visible part, for its name: of a grid of points inside it, the one
 * farthest from its edges and from the plot's edges (a coarse pole of inaccessibility). A centroid can fall
 * outside a bent shape (Qujiang wraps around Kecheng); this cannot. Falls back to the centroid.
 */
export function labelPoint(
  projection: MapProjection,
  shape: Feature<Polygon | MultiPolygon>,
  plot: { width: number; height: number },
): [number, number] {
  const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  // A label needs room to a few pixels' accuracy: thinned rings (at most ~400 points a shape) are enough.
  const total = polygons.flat().reduce((n, ring) => n + ring.length, 0);
  const keep = Math.max(1, Math.ceil(total / 400));
  const rings: [number, number][][] = polygons
    .flat()
    .filter((ring) => ring.length >= keep * 3)
    .map((ring) => ring.filter((_, i) => i % keep === 0).map((p) => projection([p[0] ?? 0, p[1] ?? 0])));
  const edge = rings.flat();
  const xs = edge.map((p) => p[0]).filter((v) => v >= 0 && v <= plot.width);
  const ys = edge.map((p) => p[1]).filter((v) => v >= 0 && v <= plot.height);
  const [x0, x1, y0, y1] = [Math.min(...xs, plot.width), Math.max(...xs, 0), Math.min(...ys, plot.height), Math.max(...ys, 0)];
  const step = Math.max(2, Math.max(x1 - x0, y1 - y0) / 20);
  let best: [number, number] = geoPath(projection).centroid(shape);
  let bestDistance = -1;
  const rows: { y: number; crossings: number[] }[] = [];
  for (let y = Math.max(0, y0) + step / 2; y < Math.min(plot.height, y1); y += step) rows.push({ y, crossings: crossingsAt(rings, y) });
  for (let x = Math.max(0, x0) + step / 2; x < Math.min(plot.width, x1); x += step) {
    for (const { y, crossings } of rows) {
      const toPlotEdge = Math.min(x, y, plot.width - x, plot.height - y);
      if (toPlotEdge <= bestDistance || !insideAt(crossings, x)) continue;
      // Squared distances, and a point is given up as soon as one edge point is no farther than the best so far:
      // the same point is chosen, without measuring every candidate against every edge point (a map's views lay out
      // at each size the reader's screen gives).
      const beaten = bestDistance < 0 ? -1 : bestDistance * bestDistance;
      let d2 = toPlotEdge * toPlotEdge;
      for (const [ex, ey] of edge) {
        const e2 = (ex - x) * (ex - x) + (ey - y) * (ey - y);
        if (e2 < d2) {
          d2 = e2;
          if (d2 <= beaten) break;
        }
      }
      const d = Math.sqrt(d2);
      if (d > bestDistance) [best, bestDistance] = [[x, y], d];
    }
  }
  return best;
}
