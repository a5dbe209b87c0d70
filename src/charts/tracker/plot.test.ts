import { expect, test } from 'vitest';
import { bundle } from '../../model/bundle.ts';
import { svgSnapshot } from '../../test-utils/svg-snapshot.ts';
import { layoutTrackerView } from './layout.ts';
import { renderTrackerPlot } from './plot.ts';
import { VIEWS } from './views.ts';

test.each(VIEWS)('view %s draws the same SVG as its snapshots (zh 640×400, en 360×300)', async (view) => {
  const zh = renderTrackerPlot(layoutTrackerView(bundle.datasets, view, { width: 640, height: 400 }, 'zh', bundle.sources));
  const en = renderTrackerPlot(layoutTrackerView(bundle.datasets, view, { width: 360, height: 300 }, 'en', bundle.sources));
  await expect(svgSnapshot(zh)).toMatchFileSnapshot(`./__snapshots__/${view}-zh.svg`);
  await expect(svgSnapshot(en)).toMatchFileSnapshot(`./__snapshots__/${view}-en.svg`);
});
