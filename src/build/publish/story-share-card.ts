import type { DataBundle } from '../../model/types.ts';
import { resolvedChartSvg, shareCardSvg } from '../prerender/share-card.ts';
import { standalonePlotSvg, staticChartText } from '../prerender/static-chart.ts';
import type { Story } from '../story/story-model.ts';
import { SHARE_STEP, SITE_NAME } from './story-metadata.ts';

/** The share card of a language's story: its headline, beside the chart of its opening step. */
export function shareCard(story: Story, data: DataBundle, site: string): { svg: string; alt: string } {
  const step = story.steps.find((s) => s.id === SHARE_STEP) ?? story.steps[0];
  if (!step) throw new Error(`${story.id}: no step to draw the share image from`);
  const text = staticChartText(step.chart, step.view, story.lang, data);
  const svg = shareCardSvg({
    lang: story.lang,
    headline: story.title,
    siteName: SITE_NAME[story.lang],
    chartTitle: text.title,
    chartSvg: resolvedChartSvg(standalonePlotSvg(step.chart, step.view, story.lang, data)),
    footer: `${story.byline} · ${story.updated}`,
    host: new URL(site).host,
  });
  return { svg, alt: `${story.title}. ${text.summary}` };
}
