import type { Size } from '../kit/size.ts';
import type { Lang } from '../../model/types.ts';
import { COUNTY_LABEL_COPY } from './copy.ts';
import { centreOf, centroidOf, fitMercator, labelPoint, pathOf } from './fit.ts';
import { furniture } from './furniture.ts';
import { KECHENG_ID, type MapGeo, type Shape } from './geo.ts';
import type { MapModel } from './model.ts';
import { placeLabels, type LabelRequest } from './place-labels.ts';

/** A county-level unit's name as a map label (see COUNTY_LABEL_COPY). */
export function shortName(shape: Shape, lang: Lang): string {
  return COUNTY_LABEL_COPY.name[lang](shape.properties);
}

/** Quzhou's six county-level units, Kecheng in full colour, each named inside its area where it fits. */
export function layoutQuzhou(geo: MapGeo, size: Size, lang: Lang): Omit<MapModel, 'text'> {
  const { width, height } = size;
  const collection = { type: 'FeatureCollection' as const, features: geo.counties };
  const projection = fitMercator(collection, size);
  const furn = furniture(projection, centreOf(geo.kecheng), width, height, lang);
  // Kecheng first, so its label is never the one dropped.
  const ordered = [...geo.counties].sort((a, b) => Number(b.id === KECHENG_ID) - Number(a.id === KECHENG_ID));
  const requests: LabelRequest[] = ordered.map((c) => {
    const [x, y] = c.id === KECHENG_ID ? centroidOf(projection, c) : labelPoint(projection, c, size);
    const focus = c.id === KECHENG_ID;
    return {
      k: focus ? 'label-kecheng' : `label-county-${c.id}`,
      lines: [{ text: shortName(c, lang), size: focus ? 14 : 13, bold: focus, tone: focus ? 'fg' : 'muted' }],
      x,
      y,
      gap: 8,
      sides: ['c', 'n', 's', 'e', 'w'],
    };
  });
  const { marks } = placeLabels(requests, furn.boxes, { x: 0, y: 0, width, height });
  return {
    width,
    height,
    paths: geo.counties.map((c) => ({
      k: c.id === KECHENG_ID ? 'kecheng' : `county-${c.id}`,
      d: pathOf(projection, c),
      role: c.id === KECHENG_ID ? ('focus' as const) : ('land' as const),
    })),
    points: [],
    tiles: [],
    swatches: [],
    labels: [...marks, ...furn.labels],
    scaleBar: furn.scaleBar,
    north: furn.north,
  };
}
