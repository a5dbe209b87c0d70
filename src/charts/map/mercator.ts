import { geoClipRectangle, geoPath, geoTransform, type GeoPermissibleObjects, type GeoStream } from 'd3-geo';

/**
 * A Mercator projection as d3-geo's `geoMercator().fitExtent(extent, object).clipExtent(clip)` draws one, for a
 * map of a few degrees that crosses neither a pole nor the antimeridian: the same scale, translation and
 * rounding, then d3-geo's own rectangle clip and path.
 *
 * Why not geoMercator itself: d3-geo's projection machinery (spherical rotation, antimeridian clipping,
 * adaptive resampling) is 4.5 KB gzip of the map's 40 KB budget, for geography that never needs it: its
 * segments are a few hundred metres long, where a great-circle arc and the straight line between the projected
 * ends differ by far less than the 0.1 px the paths are rounded to (mercator.test.ts holds it to d3-geo's
 * output, path for path).
 */
export interface MapProjection {
  /** [longitude, latitude] in degrees → [x, y] in px */
  (point: readonly [number, number]): [number, number];
  /** A stream of [longitude, latitude] points projected to px and clipped to the clip rectangle. */
  stream(output: GeoStream): GeoStream;
  /** [x, y] in px → [longitude, latitude] in degrees */
  invert(point: readonly [number, number]): [number, number];
}

type Extent = [[number, number], [number, number]];

const RADIANS = Math.PI / 180;
/** d3-geo fits at this scale (its projections' fit.js), and so does this one, for the same arithmetic. */
const FIT_SCALE = 150;

/** d3-geo's mercatorRaw, for degrees. */
const raw = (lon: number, lat: number): [number, number] => [lon * RADIANS, Math.log(Math.tan((Math.PI / 2 + lat * RADIANS) / 2))];

function scaled(k: number, tx: number, ty: number): (lon: number, lat: number) => [number, number] {
  return (lon, lat) => {
    const [x, y] = raw(lon, lat);
    return [tx + k * x, ty - k * y];
  };
}

/** d3-geo's mercatorRaw.invert, to degrees. */
const inverse =
  (k: number, tx: number, ty: number) =>
  ([x, y]: readonly [number, number]): [number, number] => [
    (x - tx) / k / RADIANS,
    (2 * Math.atan(Math.exp((ty - y) / k)) - Math.PI / 2) / RADIANS,
  ];

export function fitMercatorExtent(extent: Extent, object: GeoPermissibleObjects, clip: Extent): MapProjection {
  const atFitScale = scaled(FIT_SCALE, 0, 0);
  const unfitted = geoTransform({
    point(lon, lat) {
      const [x, y] = atFitScale(lon, lat);
      this.stream.point(x, y);
    },
  });
  const [[bx0, by0], [bx1, by1]] = geoPath(unfitted).bounds(object);
  const [[ex0, ey0], [ex1, ey1]] = extent;
  const [w, h] = [ex1 - ex0, ey1 - ey0];
  const k = Math.min(w / (bx1 - bx0), h / (by1 - by0));
  const transform = [FIT_SCALE * k, ex0 + (w - k * (bx1 + bx0)) / 2, ey0 + (h - k * (by1 + by0)) / 2] as const;
  const project = scaled(...transform);
  const [[cx0, cy0], [cx1, cy1]] = clip;
  const clipped = geoClipRectangle(cx0, cy0, cx1, cy1);
  const projected = geoTransform({
    point(lon, lat) {
      const [x, y] = project(lon, lat);
      this.stream.point(x, y);
    },
  });
  const projection = (point: readonly [number, number]) => project(point[0], point[1]);
  projection.stream = (output: GeoStream) => projected.stream(clipped(output));
  projection.invert = inverse(...transform);
  return projection;
}
