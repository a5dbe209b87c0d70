import type { ChartDefinition } from '../chart-definition';
import { datasetOf } from '../../data/lookup';
import type { DataBundle, Lang } from '../../data/types';
import { mapGeo } from './geo';
import { layoutMap, type MapData, type MapModel } from './layout';
import { renderMapPlot } from './plot';
import { DEFAULT_VIEW, isView } from './views';

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
  plot: renderMapPlot,
};
