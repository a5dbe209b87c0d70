import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { CHART_DEFINITIONS } from '../charts/chart-definitions';
import { CHART_TAGS, type ChartId } from '../charts/chart-tags';
import { chartFrame, frameStyles } from '../components/frame';
import { themeStyles } from '../components/theme';
import type { Size } from '../components/size-controller';
import type { DataBundle, Lang } from '../data/types';
import { escapeHtml } from './render-html';

/** The nominal plot size of a static chart (a phone's plot, at the frame's aspect); its SVG scales through its viewBox. */
export const STATIC_SIZE: Size = { width: 400, height: 250 };

const styles = `${themeStyles.cssText}\n${frameStyles.cssText}`;

export interface StaticChartOptions {
  /** The tag of the host element: the chart's own tag (upgraded when scripts run) or an inert one. */
  tag?: string;
  /** Sets `fill` on the host, as in the story's sticky graphic. */
  fill?: boolean;
}

/**
 * A chart rendered without a browser: its host element with a declarative shadow root holding the same
 * frame and SVG the live element draws, so the page shows the chart before (or without) any script.
 */
export function staticChartHtml(
  chart: ChartId,
  view: string,
  lang: Lang,
  data: DataBundle,
  options: StaticChartOptions = {},
): string {
  const entry = CHART_TAGS[chart];
  const definition = CHART_DEFINITIONS[chart];
  const dataset = 'dataset' in entry ? entry.dataset : undefined;
  const model = definition.model(data, view, STATIC_SIZE, lang, dataset);
  const body = collectResultSync(
    render(chartFrame(model.text, definition.plot(model), lang, data.sources, options.fill ?? false)),
  ).replace(/<!--[^]*?-->/g, '');
  const tag = options.tag ?? entry.tag;
  const attrs = [
    options.fill ? ' fill' : '',
    ` lang="${lang}"`,
    ` view="${escapeHtml(view)}"`,
    dataset ? ` dataset="${dataset}"` : '',
    ` data-chart="${chart}"`,
  ].join('');
  return `<${tag}${attrs}><template shadowrootmode="open"><style>${styles}</style>${body}</template></${tag}>`;
}
