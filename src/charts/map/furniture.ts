import type { Lang } from '../../model/types.ts';
import type { Box } from '../kit/geometry/avoid-overlap.ts';
import type { TextMark } from '../kit/geometry/text-mark.ts';
import { FURNITURE_COPY } from './copy.ts';
import type { MapProjection } from './mercator.ts';

const KM_PER_DEGREE = 111.32;
const NICE = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

/** Pixels per kilometre east–west at a point, from the projection itself. */
export function pixelsPerKm(projection: MapProjection, [lon, lat]: [number, number]): number {
  const a = projection([lon - 0.05, lat]);
  const b = projection([lon + 0.05, lat]);
  return Math.hypot(b[0] - a[0], b[1] - a[1]) / (0.1 * KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
}

/** The longest round length in km whose bar is at most maxPx long. */
export function niceKm(pxPerKm: number, maxPx: number): number {
  return [...NICE].reverse().find((km) => km * pxPerKm <= maxPx) ?? NICE[0] ?? 1;
}

export interface Furniture {
  scaleBar: { x: number; y: number; width: number };
  north: { x: number; y: number };
  labels: TextMark[];
  /** where the scale bar and north arrow sit, for label placement to avoid */
  boxes: Box[];
}

/**
 * A scale bar at the bottom left (true at the given point, the map's centre of interest) and a north
 * arrow at the top right: the views whose geography is real carry both.
 */
export function furniture(projection: MapProjection, at: [number, number], width: number, height: number, lang: Lang): Furniture {
  const perKm = pixelsPerKm(projection, at);
  const km = niceKm(perKm, Math.max(40, width * 0.22));
  const bar = { x: 2, y: height - 6, width: km * perKm };
  const text = FURNITURE_COPY.scale[lang](km);
  const north = { x: width - 12, y: 4 };
  const labels: TextMark[] = [
    { k: 'scale-label', x: bar.x, y: bar.y - 7, text, size: 12, tone: 'muted', halo: true },
    {
      k: 'north-label',
      x: north.x,
      y: north.y + 32,
      text: FURNITURE_COPY.north[lang],
      size: 12,
      anchor: 'middle',
      bold: true,
      tone: 'muted',
      halo: true,
    },
  ];
  const boxes: Box[] = [
    { x: 0, y: bar.y - 22, width: Math.max(bar.width, 48) + 6, height: 28 },
    { x: north.x - 10, y: 0, width: 22, height: 38 },
  ];
  return { scaleBar: bar, north, labels, boxes };
}
