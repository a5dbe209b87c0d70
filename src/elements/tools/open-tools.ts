import { siteBase } from './embed-code.ts';
import { chartOf } from './chart-of.ts';
import './chart-tools.ts';
import type { ToolsHost } from './chart-tools.ts';

/**
 * Opens the editor tools for the chart element `host`, from the button `opener` in its frame. The embed
 * codes point at the site this page is served from (its hreflang links name the published site, KC_SITE_URL,
 * which a preview or a mirror is not).
 */
export async function openChartTools(host: HTMLElement, opener: HTMLElement): Promise<void> {
  const chart = chartOf(host);
  if (!chart || !('textOf' in host)) throw new Error(`<${host.localName}> is not a chart of the story`);
  let tools = document.querySelector('kc-chart-tools');
  if (!tools) {
    tools = document.createElement('kc-chart-tools');
    document.body.append(tools);
  }
  await tools.open(host as ToolsHost, opener, chart, siteBase(location.href));
}
