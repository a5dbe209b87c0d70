import type { ChartDefinition } from '../kit/chart-definition.ts';
import { datasetOf } from '../../model/lookup.ts';
import type { DataBundle, Lang } from '../../model/types.ts';
import { mapGeo } from './geo.ts';
import { layoutMap, mapText, type MapData, type MapModel } from './layout.ts';
import { renderMapPlot } from './plot.ts';
import { DEFAULT_VIEW, isView } from './views.ts';

function mapData(data: DataBundle, lang: Lang): MapData {
  const plan = datasetOf(data, 'spatial-plan', 'spatial-plan');
  const source = plan.elements[0]?.source;
  return {
    geo: mapGeo(),
    townships: datasetOf(data, 'townships', 'townships'),
    plan,
    planSource: (source && data.sources[source]?.short[lang]) ?? '',
  };
}

export const mapChart: ChartDefinition<MapModel> = {
  model(data, view, size, lang) {
    return layoutMap(mapData(data, lang), isView(view) ? view : DEFAULT_VIEW, size, lang);
  },
  text(data, view, lang) {
    return mapText(mapData(data, lang), isView(view) ? view : DEFAULT_VIEW, lang);
  },
  plot: renderMapPlot,
};
