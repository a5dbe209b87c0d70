import { geoPath } from 'd3-geo';
import type { Size } from '../kit/size.ts';
import type { Lang, PlanElement, RelativePoint, SpatialPlanDataset } from '../../model/types.ts';
import type { Box } from '../kit/geometry/avoid-overlap.ts';
import type { TextMark } from '../kit/geometry/text-mark.ts';
import { wrapText } from '../kit/geometry/wrap-text.ts';
import { MAP_COPY } from './copy.ts';
import { centreOf, fitMercator, pathOf } from './fit.ts';
import { furniture } from './furniture.ts';
import type { MapGeo } from './geo.ts';
import type { MapModel, MapPath, MapPoint } from './model.ts';
import { around, placeLabels, type LabelRequest } from './place-labels.ts';

/** Room for labels around the outline: the zones' names may sit outside it. */
const PLAN_MARGIN = { top: 26, right: 30, bottom: 34, left: 14 };

const ellipse = (cx: number, cy: number, rx: number, ry: number): string =>
  `M${(cx - rx).toFixed(1)},${cy.toFixed(1)}a${rx.toFixed(1)},${ry.toFixed(1)} 0 1,0 ${(2 * rx).toFixed(1)},0a${rx.toFixed(1)},${ry.toFixed(1)} 0 1,0 ${(-2 * rx).toFixed(1)},0Z`;

/** The plan view's projection: Kecheng's outline fitted with room for labels around it. */
export const planProjection = (geo: MapGeo, size: Size) => fitMercator(geo.kecheng, size, PLAN_MARGIN);

/** Room the schematic badge at the top left keeps clear of labels: its word's width in each language, with a margin. */
const BADGE_WIDTH: Record<Lang, number> = { zh: 44, en: 76 };

/**
 * Kecheng's real outline with the 14th Plan's spatial structure drawn on it as a schematic: the two cores
 * as dots, the axis between them, the two zones as tinted ellipses with the places they are built around.
 * Positions come from the data as shares of the outline's bounding box.
 */
export function layoutPlan(geo: MapGeo, plan: SpatialPlanDataset, size: Size, lang: Lang): Omit<MapModel, 'text'> {
  const { width, height } = size;
  const projection = planProjection(geo, size);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(geo.kecheng);
  const px = (p: RelativePoint): [number, number] => [x0 + p.x * (x1 - x0), y0 + p.y * (y1 - y0)];
  const furn = furniture(projection, centreOf(geo.kecheng), width, height, lang);

  const paths: MapPath[] = [{ k: 'kecheng', d: pathOf(projection, geo.kecheng), role: 'outline' }];
  const points: MapPoint[] = [];
  const obstacles: Box[] = [...furn.boxes];
  const requests: LabelRequest[] = [];
  const zoneLabels: LabelRequest[] = [];
  const placeLabelsRequests: LabelRequest[] = [];
  const cores = new Map<string, [number, number]>();
  const wrapWidth = Math.max(96, Math.min(200, width * 0.34));

  for (const e of plan.elements) {
    if ((e.kind === 'core' || e.kind === 'sub-core') && e.at) {
      const [x, y] = px(e.at);
      cores.set(e.id, [x, y]);
      points.push({ k: `plan-${e.id}`, x, y, kind: e.kind });
      obstacles.push(around(x, y, e.kind === 'core' ? 8 : 7));
      requests.push({
        k: `label-${e.id}`,
        lines: lines(e, lang, wrapWidth, 13, true, 'fg'),
        x,
        y,
        gap: 12,
        sides: ['s', 'n', 'e', 'w', 'se', 'sw', 'ne', 'nw'],
      });
    }
    if (e.kind === 'zone') {
      e.areas?.forEach((a, i) => {
        const [cx, cy] = px(a);
        paths.push({ k: `zone-${e.id}-${i}`, d: ellipse(cx, cy, a.rx * (x1 - x0), a.ry * (y1 - y0)), role: 'zone' });
      });
      for (const place of e.places ?? []) {
        const [x, y] = px(place.at);
        points.push({ k: `place-${place.id}`, x, y, kind: place.kind });
        obstacles.push(around(x, y, 6));
        placeLabelsRequests.push({
          k: `label-${place.id}`,
          lines: [{ text: place.label[lang], size: 12, tone: 'muted' }],
          x,
          y,
          gap: 10,
          sides: ['e', 'w', 'n', 's', 'ne', 'nw', 'se', 'sw'],
        });
      }
      const [first] = e.areas ?? [];
      if (first) {
        const [cx, cy] = px(first);
        zoneLabels.push({
          k: `label-${e.id}`,
          lines: lines(e, lang, Math.min(wrapWidth, Math.max(84, width * 0.2)), 12, true, 'var(--_rural)', 4),
          x: cx,
          y: cy,
          gap: 4,
          reach: { x: first.rx * (x1 - x0), y: first.ry * (y1 - y0) },
          sides: ['w', 'n', 'e', 'nw', 'ne', 's', 'sw', 'se', 'c'],
        });
      }
    }
  }
  for (const e of plan.elements) {
    const from = e.from ? cores.get(e.from) : undefined;
    const to = e.to ? cores.get(e.to) : undefined;
    if (e.kind !== 'axis' || !from || !to) continue;
    paths.push({
      k: `axis-${e.id}`,
      d: `M${from[0].toFixed(1)},${from[1].toFixed(1)}L${to[0].toFixed(1)},${to[1].toFixed(1)}`,
      role: 'axis',
    });
    const mid: [number, number] = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];
    zoneLabels.push({
      k: `label-${e.id}`,
      lines: lines(e, lang, Math.min(wrapWidth, 110), 12, false, 'fg'),
      x: mid[0],
      y: mid[1],
      gap: 8,
      farther: [20, 32, 46, 60],
      sides: ['s', 'n', 'se', 'sw', 'ne', 'nw', 'e', 'w'],
    });
  }
  const badge: TextMark = {
    k: 'plan-schematic',
    x: 2,
    y: 14,
    text: MAP_COPY.schematic[lang],
    size: 12,
    bold: true,
    tone: 'muted',
    halo: true,
  };
  obstacles.push({ x: 0, y: 0, width: BADGE_WIDTH[lang], height: 20 });
  const { marks } = placeLabels([...requests, ...zoneLabels, ...placeLabelsRequests], obstacles, { x: 0, y: 0, width, height });
  return {
    width,
    height,
    paths,
    points,
    tiles: [],
    swatches: [],
    labels: [badge, ...marks, ...furn.labels],
    scaleBar: furn.scaleBar,
    north: furn.north,
  };
}

/**
 * A label wrapped to as few lines as fit maxWidth; Chinese, which breaks between any two characters, is then
 * balanced (the narrowest width giving that many lines), so no line holds a lone character.
 */
function lines(e: PlanElement, lang: Lang, maxWidth: number, size: number, bold: boolean, tone: string, maxLines = 3) {
  const text = e.label[lang];
  const count = wrapText(text, maxWidth, size, maxLines, bold).length;
  let width = maxWidth;
  // layout, not copy: only Chinese breaks between any two characters, so only Chinese can be balanced this way
  while (lang === 'zh' && width > size * 2 && wrapText(text, width - 4, size, Infinity, bold).length <= count) width -= 4;
  return wrapText(text, width, size, maxLines, bold).map((text) => ({ text, size, bold, tone }));
}
