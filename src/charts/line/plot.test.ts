import { expect, test } from 'vitest';
import gdpJson from '../../../data/gdp.json' with { type: 'json' };
import sourcesJson from '../../../data/sources.json' with { type: 'json' };
import type { SeriesDataset, Source } from '../../model/types.ts';
import { svgSnapshot } from '../../test-utils/svg-snapshot.ts';
import { layoutLine } from './layout.ts';
import { renderLinePlot } from './plot.ts';
import { GDP_VIEWS } from './views.ts';

const gdp = gdpJson as SeriesDataset;
const sources = Object.fromEntries((sourcesJson.sources as Source[]).map((s) => [s.id, s]));

test.each(GDP_VIEWS)('view %s draws the same SVG as its snapshots (zh 640×400, en 360×300)', async (view) => {
  const zh = renderLinePlot(layoutLine(gdp, view, { width: 640, height: 400 }, 'zh', sources));
  const en = renderLinePlot(layoutLine(gdp, view, { width: 360, height: 300 }, 'en', sources));
  await expect(svgSnapshot(zh)).toMatchFileSnapshot(`./__snapshots__/${view}-zh.svg`);
  await expect(svgSnapshot(en)).toMatchFileSnapshot(`./__snapshots__/${view}-en.svg`);
});
