import { render } from '@lit-labs/ssr';
import type { TemplateResult } from 'lit';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { ChartDefinition, ChartModel } from '../../charts/kit/chart-definition.ts';
import { CHART_DEFINITIONS } from '../../charts/definitions.ts';
import type { ChartText } from '../../charts/kit/chart-text.ts';
import { CHART_TAGS, type ChartId } from '../../charts/kit/registry.ts';
import { chartFrame } from '../../elements/frame.ts';
import { frameStyles, plotStyles } from '../../elements/frame-styles.ts';
import { themeStyles } from '../../elements/theme.ts';
import type { Size } from '../../charts/kit/size.ts';
import type { DataBundle, Lang } from '../../model/types.ts';
import { escapeHtml } from './escape-html.ts';

/** The nominal plot size of a static chart (a phone's plot, at the frame's aspect); its SVG scales through its viewBox. */
export const STATIC_SIZE: Size = { width: 400, height: 250 };

const styles = `${themeStyles.cssText}\n${frameStyles.cssText}`;

const renderToString = (template: TemplateResult): string => collectResultSync(render(template)).replace(/<!--[^]*?-->/g, '');

function chartModel(chart: ChartId, view: string, lang: Lang, data: DataBundle): { model: ChartModel; definition: ChartDefinition } {
  const entry = CHART_TAGS[chart];
  const definition = CHART_DEFINITIONS[chart];
  const dataset = 'dataset' in entry ? entry.dataset : undefined;
  return { model: definition.model(data, view, STATIC_SIZE, lang, dataset), definition };
}

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
export function staticChartHtml(chart: ChartId, view: string, lang: Lang, data: DataBundle, options: StaticChartOptions = {}): string {
  const entry = CHART_TAGS[chart];
  const dataset = 'dataset' in entry ? entry.dataset : undefined;
  const { model, definition } = chartModel(chart, view, lang, data);
  const body = renderToString(chartFrame(model.text, definition.plot(model), lang, data.sources, options.fill ?? false));
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

/** A chart's text (title, summary, notes, table) for the step, to print beside its standalone SVG. */
export function staticChartText(chart: ChartId, view: string, lang: Lang, data: DataBundle): ChartText {
  return chartModel(chart, view, lang, data).model.text;
}

/**
 * The chart's plot as a standalone SVG file, its colours and type from the theme's light values, for
 * pages read without scripts (an <img>, so the page itself stays light) and for downloads.
 */
export function standalonePlotSvg(chart: ChartId, view: string, lang: Lang, data: DataBundle): string {
  const { model, definition } = chartModel(chart, view, lang, data);
  // The theme and the marks' styles only: the frame's (title, legend, table) would be repeated in every image.
  const css =
    `${themeStyles.cssText}\n${plotStyles.cssText}`.replaceAll(':host', 'svg') +
    '\nsvg { font-family: var(--_font); color-scheme: light; }';
  return renderToString(definition.plot(model))
    .replace(/^\s*<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"')
    .replace(/(<svg\b[^>]*>)/, `$1<style>${css}</style>`);
}
