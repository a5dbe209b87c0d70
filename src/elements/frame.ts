import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ChartText } from '../charts/kit/chart-text.ts';
import type { Lang, Source } from '../model/types.ts';
import { t } from '../model/i18n/strings.ts';
import { TOOLS_BUTTON } from '../model/i18n/tools-label.ts';
import { sourceLine } from '../model/source-line.ts';
import { chartCredit } from '../model/licence.ts';
import { legendSwatch } from './legend-swatch.ts';
import { lineRunsTemplate } from './line-runs.ts';
import { requestTools } from './tools-button.ts';
import { RECEIPT_WORDS, receiptButton } from './receipts/receipt-button.ts';

/**
 * The frame around a chart: the text comes from the chart's pure layout, the plot is the chart's SVG.
 * The plot carries role="img" with the title as its name and the summary as its description.
 */
export function chartFrame(
  text: ChartText,
  plot: TemplateResult,
  lang: Lang,
  sources: Record<string, Source>,
  /**
   * Notes move into the disclosure with the table, leaving the plot the room (the story's sticky graphic); the
   * credit line is left to the page's footer.
   */
  compact = false,
  /** A "Share & download" button opening the editor tools (embed code, CSV, SVG, PNG); on in the story's graphic. */
  tools = compact,
  /**
   * A live chart draws its table's rows only while the disclosure holding them is open (`open`), and hears it open
   * (`onToggle`): closed, the rows are neither seen nor read, and they were most of a chart's elements (a scorecard's
   * 250 of 364), made again at each upgrade. The build's markup, read without script, keeps them all.
   */
  disclosure?: { open: boolean; onToggle: (event: Event) => void },
): TemplateResult {
  const notes = text.notes.map((note) => html`<p class="note">${note}</p>`);
  // Text that changes with the view is drawn anew rather than rewritten in place: a line of the old text moving
  // to where the new text wraps would count as the layout shifting under the reader.
  const legendKey = text.legend.map((item) => item.label).join('\n');
  // Rows that cite a source open its words (issue 15).
  const refs = text.table.refs?.some((ref) => ref.source) ? text.table.refs : undefined;
  const table = html`<table>
    <caption class="sr-only">${text.title}</caption>
    <thead>
      <tr>
        ${text.table.columns.map((c) => html`<th scope="col">${c}</th>`)}
        ${refs ? html`<th scope="col"><span class="sr-only">${RECEIPT_WORDS[lang].column}</span></th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${(disclosure && !disclosure.open ? [] : text.table.rows).map(
        (row, r) => html`<tr>
          ${row.map((cell, i) => (i === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}
          ${refs ? html`<td>${receiptButton(row[0] ?? '', refs[r], sources, lang)}</td>` : nothing}
        </tr>`,
      )}
    </tbody>
  </table>`;
  // The table scrolls in a region of its own: sideways when it is wider than the frame; in the story's sticky
  // graphic, with the notes, also down, under a summary that stays in place and never covers a row.
  return html`<figure lang=${lang} class=${compact ? 'compact' : ''}>
    <h2 class="title" part="title" id="title">${keyed(text.title, lineRunsTemplate(text.title, lang))}</h2>
    ${text.subtitle ? html`<p class="subtitle" part="subtitle">${keyed(text.subtitle, lineRunsTemplate(text.subtitle, lang))}</p>` : nothing}
    ${
      text.legend.length
        ? html`<ul class="legend" part="legend">
          ${keyed(
            legendKey,
            text.legend.map((item) => html`<li>${legendSwatch(item)}<span>${item.label}</span></li>`),
          )}
        </ul>`
        : nothing
    }
    <div class="plot" part="plot" role="img" aria-labelledby="title" aria-describedby="summary">${plot}</div>
    <p class="sr-only" id="summary">${text.summary}</p>
    <figcaption part="caption">
      ${compact ? nothing : notes}
      <div class="foot">
        <p class="source">${keyed(text.sourceIds.join(' '), sourceLine(text.sourceIds, sources, lang))}</p>
        ${compact ? nothing : html`<p class="credit">${chartCredit(lang)}</p>`}
        ${
          tools
            ? html`<button class="tools" part="tools" type="button" aria-haspopup="dialog" @click=${requestTools}>${TOOLS_BUTTON[lang]}</button>`
            : nothing
        }
      </div>
    </figcaption>
    <details @toggle=${disclosure?.onToggle}>
      <summary>${t(compact && notes.length ? 'showNotesAndTable' : 'showTable', lang)}</summary>
      <div class="table-region" role="region" aria-label=${text.title} tabindex="0">${compact ? notes : nothing}${table}</div>
    </details>
  </figure>`;
}
