import type { LegendItem } from '../../charts/kit/chart-text.ts';
import { sourceLine } from '../../model/source-line.ts';
import type { DataBundle, Lang } from '../../model/types.ts';
import { t } from '../../model/i18n/strings.ts';
import { escapeHtml } from './escape-html.ts';
import { lineRunsHtml } from './line-runs-html.ts';
import { STATIC_SIZE, staticChartText } from './static-chart.ts';
import type { StoryStep } from '../story/story-model.ts';

/** How each legend swatch reads in text: the image carries the marks, this line names them (greyscale too). */
const GLYPHS: Record<LegendItem['swatch'], string> = {
  line: '—',
  dashed: '╌',
  dotted: '┈',
  actual: '●',
  estimate: '○',
  target: '◉',
  dot: '●',
  ring: '○',
  bullseye: '◉',
  diamond: '◆',
  square: '■',
  hatched: '▨',
  planned: '▨',
  required: '▭',
  'required-path': '╌',
};

/** A chart's legend as one line of HTML text, each entry led by the glyph of its swatch. */
export function legendLine(legend: LegendItem[]): string {
  return legend.map((item) => `${GLYPHS[item.swatch]} ${escapeHtml(item.label)}`).join(' · ');
}

/** Where the build writes a step's standalone chart, relative to the site root. */
export function staticChartPath(lang: Lang, stepId: string): string {
  return `charts/${lang}/${stepId}.svg`;
}

/**
 * A step's chart for readers without scripts: title, the chart as a standalone SVG image (so the page
 * stays light), its notes and source, and its data table.
 */
export function staticFigureHtml(step: StoryStep, lang: Lang, data: DataBundle, rootPrefix: string): string {
  const text = staticChartText(step.chart, step.view, lang, data);
  const cell = (tag: 'th' | 'td', value: string, scope = ''): string => `<${tag}${scope}>${escapeHtml(value)}</${tag}>`;
  const rows = text.table.rows
    .map((row) => `<tr>${row.map((v, i) => (i === 0 ? cell('th', v, ' scope="row"') : cell('td', v))).join('')}</tr>`)
    .join('');
  const legend = legendLine(text.legend);
  return `<figure class="static-figure">
<p class="static-title">${lineRunsHtml(text.title, lang)}</p>
${legend ? `<p class="static-legend">${legend}</p>` : ''}
<img src="${rootPrefix}${staticChartPath(lang, step.id)}" alt="${escapeHtml(text.summary)}" width="${STATIC_SIZE.width}" height="${STATIC_SIZE.height}" loading="lazy" decoding="async">
<figcaption>${text.notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('')}<p>${escapeHtml(sourceLine(text.sourceIds, data.sources, lang))}</p></figcaption>
<details><summary>${t('showTable', lang)}</summary><table><thead><tr>${text.table.columns.map((c) => cell('th', c, ' scope="col"')).join('')}</tr></thead><tbody>${rows}</tbody></table></details>
</figure>`;
}
