import type { Size } from '../kit/size.ts';
import type { Lang } from '../../model/types.ts';
import type { Box } from '../kit/geometry/avoid-overlap.ts';
import { MAP_COPY } from './copy.ts';
import { centreOf, centroidOf, fitMercator, labelPoint, pathOf } from './fit.ts';
import { furniture } from './furniture.ts';
import type { MapGeo } from './geo.ts';
import type { MapModel } from './model.ts';
import { around, placeLabels, type LabelRequest } from './place-labels.ts';
import { LOCATOR_SPAN } from './views.ts';

export const SEAT_RADIUS = 4.5;

/** The locator: the four provinces around Quzhou, Quzhou tinted, Kecheng a dot; province names where they fit. */
export function layoutLocator(geo: MapGeo, size: Size, lang: Lang): Omit<MapModel, 'text'> {
  const { width, height } = size;
  const [cx, cy] = centreOf(geo.kecheng);
  const { lon, lat } = LOCATOR_SPAN;
  const window = {
    type: 'MultiPoint' as const,
    coordinates: [
      [cx - lon / 2, cy - lat / 2],
      [cx + lon / 2, cy + lat / 2],
    ],
  };
  const projection = fitMercator(window, size);
  const seat = projection([cx, cy]);
  const quzhouAt = centroidOf(projection, geo.quzhou);
  const furn = furniture(projection, [cx, cy], width, height, lang);
  const obstacles: Box[] = [...furn.boxes, around(seat[0], seat[1], SEAT_RADIUS + 1)];
  const requests: LabelRequest[] = [
    {
      k: 'label-kecheng',
      lines: [{ text: MAP_COPY.kecheng[lang], size: 14, bold: true }],
      x: seat[0],
      y: seat[1],
      gap: 10,
      sides: ['e', 'ne', 'se', 'n', 's', 'w'],
    },
    {
      k: 'label-quzhou',
      lines: [{ text: geo.quzhou.properties[lang], size: 13, tone: 'var(--_actual)', bold: true }],
      x: quzhouAt[0],
      y: quzhouAt[1],
      gap: 18,
      sides: ['sw', 'w', 'nw', 's', 'n', 'se'],
    },
    ...geo.provinces.map((p): LabelRequest => {
      const [x, y] = labelPoint(projection, p, size);
      return {
        k: `label-province-${p.id}`,
        lines: [{ text: p.properties[lang], size: 15, bold: true, tone: 'muted' }],
        x,
        y,
        gap: 12,
        sides: ['c', 'n', 's', 'e', 'w'],
      };
    }),
  ];
  const { marks } = placeLabels(requests, obstacles, { x: 0, y: 0, width, height });
  return {
    width,
    height,
    paths: [
      ...geo.provinces.map((p) => ({ k: `province-${p.id}`, d: pathOf(projection, p), role: 'land' as const })),
      { k: 'quzhou', d: pathOf(projection, geo.quzhou), role: 'focus-soft' },
    ],
    points: [{ k: 'seat-kecheng', x: seat[0], y: seat[1], kind: 'seat' }],
    tiles: [],
    swatches: [],
    labels: [...marks, ...furn.labels],
    scaleBar: furn.scaleBar,
    north: furn.north,
  };
}
