import type { DataBundle, Lang, Source } from '../../model/types.ts';
import type { CopyNode, Receipt, ReceiptLine } from '../story/story-model.ts';
import { escapeHtml } from './escape-html.ts';
import { locatorText } from '../../model/locator-text.ts';
import { isSeedDocument } from '../../model/source-document.ts';

/**
 * Receipts (issue 15): every figure of the copy links to a note that shows where it comes from — how it was
 * computed, the source's own sentence with the figure marked (and an English gloss on the English page), the
 * document, its issuer and date, and the place in it. Without JavaScript the notes are read under their step; with
 * it, src/story/receipts/ shows a figure's note in a popover.
 */

const words = {
  notesLabel: { zh: '本段数字的来源', en: 'Sources of the figures above' },
  outside: {
    zh: '此数不出自本文引用的五份文件，而出自下列公开资料：',
    en: 'This figure is not from the five documents this story quotes but from a public source:',
  },
  noQuote: { zh: '（未录原文）', en: '(no quote recorded)' },
  back: { zh: '返回正文', en: 'Back to the text' },
  endnotes: { zh: '数字的来源', en: 'Where the figures come from' },
} satisfies Record<string, Record<Lang, string>>;

/** The quote with each figure in a <mark> (its first place after the one before), escaped; line breaks kept. */
function quoteHtml(zh: string, marks: string[]): string {
  let html = '';
  let from = 0;
  for (const mark of marks) {
    const at = zh.indexOf(mark, from);
    if (at < 0) continue;
    html += `${escapeHtml(zh.slice(from, at))}<mark>${escapeHtml(mark)}</mark>`;
    from = at + mark.length;
  }
  return html + escapeHtml(zh.slice(from));
}

/**
 * The document (title, issuer, date) and the place in it, in two spans: a printed count of many rows names the
 * document once and runs the places on (print.css).
 */
function sourceLineHtml(source: Source | undefined, id: string, locator: string, lang: Lang): string {
  const sep = lang === 'zh' ? '，' : ', ';
  const place = `<span class="receipt-locator">${escapeHtml(locatorText(locator, lang))}</span>`;
  if (!source) return `<span class="receipt-source">${escapeHtml(id + sep)}</span>${place}`;
  const title = `<cite>${escapeHtml(source.short[lang])}</cite>`;
  const linked = source.url ? `<a href="${escapeHtml(source.url)}">${title}</a>` : title;
  const parts = [linked, escapeHtml(source.issuer[lang]), escapeHtml(source.date)];
  return `<span class="receipt-source">${parts.join(sep)}${sep}</span>${place}`;
}

function lineHtml(line: ReceiptLine, lang: Lang, data: DataBundle): string {
  const source = data.sources[line.source];
  const where = `<p class="receipt-where">${sourceLineHtml(source, line.source, line.locator, lang)}</p>`;
  if (!line.quote) {
    const outside = source && !isSeedDocument(source.document);
    return `<div class="receipt-line">${outside ? `<p class="receipt-outside">${escapeHtml(words.outside[lang])}</p>` : `<p class="receipt-outside">${escapeHtml(words.noQuote[lang])}</p>`}${where}</div>`;
  }
  const gloss = lang === 'en' ? `<p class="receipt-gloss" lang="en">${escapeHtml(line.quote.en)}</p>` : '';
  return `<div class="receipt-line"><blockquote class="receipt-quote" lang="zh-Hans">${quoteHtml(line.quote.zh, line.marks)}</blockquote>${gloss}${where}</div>`;
}

/** One figure's note: the figure, how it was computed, and each source line; `back` links to the figure. */
export function receiptHtml(id: string, figure: string, receipt: Receipt, lang: Lang, data: DataBundle, back = true): string {
  const how = receipt.how ? `<p class="receipt-how">${escapeHtml(receipt.how)}</p>` : '';
  const link = back ? ` <a class="receipt-back" href="#${id}-ref" aria-label="${escapeHtml(words.back[lang])}">↩</a>` : '';
  return `<li id="${id}" class="receipt"><p class="receipt-figure"><strong>${escapeHtml(figure)}</strong>${link}</p>${how}${receipt.lines
    .map((line) => lineHtml(line, lang, data))
    .join('')}</li>`;
}

/**
 * A counted figure's note on paper: how it was counted and the places in each source, without quoting every row
 * (the count of a table's rows would quote the whole table, and again for every count).
 */
function condensedReceiptHtml(id: string, figure: string, receipt: Receipt, lang: Lang, data: DataBundle): string {
  const how = receipt.how ? `<p class="receipt-how">${escapeHtml(receipt.how)}</p>` : '';
  const bySource = new Map<string, string[]>();
  for (const line of receipt.lines) bySource.set(line.source, [...(bySource.get(line.source) ?? []), line.locator]);
  const sep = lang === 'zh' ? '；' : '; ';
  const where = [...bySource].map(([source, locators]) => sourceLineHtml(data.sources[source], source, locators.join(sep), lang));
  return `<li id="${id}" class="receipt"><p class="receipt-figure"><strong>${escapeHtml(figure)}</strong></p>${how}${where
    .map((w) => `<p class="receipt-where">${w}</p>`)
    .join('')}</li>`;
}

/** How a block of copy writes its figures: each registered with the notes that will show its receipt. */
export interface FigureNotes {
  /** The figure's markup (its text already escaped), registered with the notes. */
  figure(node: Extract<CopyNode, { type: 'figure' }>, text: string): string;
}

/**
 * Collects the figures of one block of copy (a step, the dek, the corrections log) as they are rendered, each
 * given an id (`<prefix>-r<n>`), and renders their notes after the block.
 */
export class ReceiptNotes implements FigureNotes {
  private readonly items: { id: string; node: Extract<CopyNode, { type: 'figure' }> }[] = [];

  constructor(
    private readonly prefix: string,
    private readonly lang: Lang,
    private readonly data: DataBundle,
  ) {}

  /** A figure as a link to its note. */
  figure(node: Extract<CopyNode, { type: 'figure' }>, text: string): string {
    const id = `${this.prefix}-r${this.items.length + 1}`;
    this.items.push({ id, node });
    return `<a class="fig-link" id="${id}-ref" href="#${id}"><data class="fig" value="${node.value}">${text}</data></a>`;
  }

  /** The notes, as a list under the block; nothing when the block has no figures. */
  html(): string {
    if (!this.items.length) return '';
    const items = this.items.map(({ id, node }) => receiptHtml(id, node.text, node.receipt, this.lang, this.data));
    // A list, not a landmark: a page of thirty steps would have thirty landmarks of the same name.
    return `<div class="receipts"><ol aria-label="${escapeHtml(words.notesLabel[this.lang])}">${items.join('')}</ol></div>`;
  }
}

/**
 * Receipts as endnotes, for paper (the handouts): each figure followed by its note's number, the notes numbered
 * at the end; a figure with the same receipt as one before it takes that one's number. A receipt of many lines
 * (a count) names its places instead of quoting each one.
 */
export class EndNotes implements FigureNotes {
  private readonly items: { id: string; node: Extract<CopyNode, { type: 'figure' }> }[] = [];
  private readonly numbers = new Map<string, number>();

  constructor(
    private readonly lang: Lang,
    private readonly data: DataBundle,
  ) {}

  figure(node: Extract<CopyNode, { type: 'figure' }>, text: string): string {
    const key = JSON.stringify([node.text, node.receipt]);
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.items.length + 1;
      this.numbers.set(key, n);
      this.items.push({ id: `endnote-${n}`, node });
    }
    return `<data class="fig" value="${node.value}">${text}</data><sup class="endnote-ref"><a href="#endnote-${n}">${n}</a></sup>`;
  }

  /** The numbered notes, under a heading; nothing when no figure was written. */
  html(): string {
    if (!this.items.length) return '';
    const items = this.items.map(({ id, node }) =>
      node.receipt.lines.length > 3
        ? condensedReceiptHtml(id, node.text, node.receipt, this.lang, this.data)
        : receiptHtml(id, node.text, node.receipt, this.lang, this.data, false),
    );
    return `<section class="endnotes" aria-labelledby="endnotes-heading"><h2 id="endnotes-heading">${escapeHtml(words.endnotes[this.lang])}</h2><ol>${items.join('')}</ol></section>`;
  }
}
