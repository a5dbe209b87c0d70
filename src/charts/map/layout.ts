import type { ChartText } from '../kit/chart-text.ts';
import type { Size } from '../kit/size.ts';
import type { Lang, SpatialPlanDataset, TownshipsDataset } from '../../model/types.ts';
import type { MapGeo } from './geo.ts';
import { layoutLocator } from './layout-locator.ts';
import { layoutPlan } from './layout-plan.ts';
import { layoutQuzhou } from './layout-quzhou.ts';
import { layoutTownships } from './layout-townships.ts';
import type { MapModel } from './model.ts';
import { locatorText, planText, quzhouText, townshipsText } from './text.ts';
import type { View } from './views.ts';

export type { MapModel } from './model.ts';

/** What the map draws: the geography, and the datasets of the plan and township views. */
export interface MapData {
  geo: MapGeo;
  townships: TownshipsDataset;
  plan: SpatialPlanDataset;
  /** the plan's source, as its short name in the language */
  planSource: string;
}

/** The text of kc-district-map's frame for a view: the same as its model's, without laying out the geometry. */
export function mapText(data: MapData, view: View, lang: Lang): ChartText {
  switch (view) {
    case 'locator':
      return locatorText(data.geo, lang);
    case 'quzhou':
      return quzhouText(data.geo, lang);
    case 'plan':
      return planText(data.geo, data.plan, lang, data.planSource);
    case 'townships':
      return townshipsText(data.townships, lang);
  }
}

/** Geometry and text of kc-district-map for a view at a size (pure). */
export function layoutMap(data: MapData, view: View, size: Size, lang: Lang): MapModel {
  switch (view) {
    case 'locator':
      return { ...layoutLocator(data.geo, size, lang), text: locatorText(data.geo, lang) };
    case 'quzhou':
      return { ...layoutQuzhou(data.geo, size, lang), text: quzhouText(data.geo, lang) };
    case 'plan':
      return { ...layoutPlan(data.geo, data.plan, size, lang), text: planText(data.geo, data.plan, lang, data.planSource) };
    case 'townships':
      return { ...layoutTownships(data.townships, size, lang), text: townshipsText(data.townships, lang) };
  }
}
