/**
 * The receipt of a row of a chart's data table (issue 15), loaded on the first press of a row's button
 * (receipt-button.ts): the place the row cites, and the source's own words there, quoted (and glossed in English),
 * from the quotes the build collects (quotes-data.ts, loaded with it). Drawn as nodes in the chart's shadow root.
 */
import type { TableRowRef } from '../../charts/kit/chart-text.ts';
import type { Lang, Source } from '../../model/types.ts';
import { locatorText } from '../../model/locator-text.ts';
import { showReceipt } from './popover.ts';
import { quoteKey } from './quote-key.ts';

const WORDS = {
  zh: { title: (row: string) => `来源：${row}`, outside: '此行数字不出自本文引用的五份文件，而出自下列公开资料：', sep: '，' },
  en: {
    title: (row: string) => `Source of the row ${row}`,
    outside: 'The figures of this row are not from the five documents this story quotes but from a public source:',
    sep: ', ',
  },
} as const;

/** The popover's look in a chart's shadow root (the story page styles its own in receipts.css). */
const STYLES = `
.receipt-popover { position: fixed; inset: auto; margin: 0; box-sizing: border-box; width: min(28rem, calc(100vw - 16px));
  max-height: min(70vh, 32rem); overflow: auto; padding: 12px 16px 14px; background: var(--_bg); color: var(--_fg);
  border: 1px solid var(--_grid); border-left: 4px solid var(--_actual); border-radius: 6px;
  box-shadow: 0 6px 28px rgb(0 0 0 / 0.22); font: 0.92rem/1.5 var(--_font); text-align: left; }
.receipt-popover-head { display: flex; align-items: baseline; justify-content: space-between; gap: 12px; margin: 0 0 0.4rem; }
.receipt-popover-head h2 { margin: 0; font-size: 0.95rem; }
.receipt-popover-close { flex: none; min-width: 44px; min-height: 44px; margin: -10px -10px -10px 0; border: 0;
  background: none; color: var(--_fg); font-size: 1.4rem; line-height: 1; cursor: pointer; }
.receipt-popover p, .receipt-popover blockquote { margin: 0.2rem 0; }
.receipt-quote { padding-left: 0.6rem; border-left: 3px solid var(--_grid); white-space: pre-line; }
.receipt-quote mark { background: light-dark(#fde68a, #6b5211); color: inherit; font-weight: 700; }
.receipt-gloss { font-style: italic; white-space: pre-line; }
.receipt-where, .receipt-outside { color: var(--_muted); font-size: 0.9em; }
.receipt-line + .receipt-line { margin-top: 0.7rem; }
.receipt-popover a { color: var(--_actual); }
.receipt-popover cite:lang(zh) { font-style: normal; }
@media (max-width: 599.98px) { .receipt-popover { left: 8px; right: 8px; bottom: 8px; top: auto; width: auto; max-height: 60vh; } }
`;

let sheet: CSSStyleSheet | undefined;

function adoptStyles(root: Document | ShadowRoot): void {
  if (!(root instanceof ShadowRoot)) return;
  sheet ??= new CSSStyleSheet();
  if (!sheet.cssRules.length) sheet.replaceSync(STYLES);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

function element(doc: Document, tag: string, className: string, text?: string): HTMLElement {
  const el = doc.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function whereLine(doc: Document, source: Source | undefined, id: string, locator: string, lang: Lang): HTMLElement {
  const p = element(doc, 'p', 'receipt-where');
  const cite = doc.createElement('cite');
  cite.textContent = source?.short[lang] ?? id;
  if (source?.url) {
    const a = doc.createElement('a');
    a.href = source.url;
    a.append(cite);
    p.append(a);
  } else p.append(cite);
  const rest = source ? [source.issuer[lang], source.date, locatorText(locator, lang)] : [locatorText(locator, lang)];
  p.append(rest.map((part) => `${WORDS[lang].sep}${part}`).join(''));
  return p;
}

/** Shows a table row's receipt beside its button, once the quotes have loaded. */
export async function openRowReceipt(
  button: HTMLElement,
  row: string,
  { source, locator, value }: TableRowRef,
  sources: Record<string, Source>,
  lang: Lang,
): Promise<void> {
  const { default: quotes } = await import('./quotes-data.ts');
  const root = button.getRootNode() as Document | ShadowRoot;
  adoptStyles(root);
  const doc = button.ownerDocument;
  const found = quotes[quoteKey(source, locator)] ?? [];
  const lines = found.map((quote) => {
    const line = element(doc, 'div', 'receipt-line');
    const block = element(doc, 'blockquote', 'receipt-quote');
    block.lang = 'zh-Hans';
    // The row's number as the quote prints it: the quote's own figure, else the value as written.
    const figure = quote.figure ?? (value === undefined ? undefined : String(value));
    const at = figure ? quote.zh.indexOf(figure) : -1;
    if (figure && at >= 0) {
      block.append(quote.zh.slice(0, at), element(doc, 'mark', '', figure), quote.zh.slice(at + figure.length));
    } else block.textContent = quote.zh;
    line.append(block);
    if (lang === 'en') {
      const gloss = element(doc, 'p', 'receipt-gloss', quote.en);
      gloss.lang = 'en';
      line.append(gloss);
    }
    return line;
  });
  const body: Node[] = lines.length ? lines : [element(doc, 'p', 'receipt-outside', WORDS[lang].outside)];
  body.push(whereLine(doc, sources[source], source, locator, lang));
  showReceipt(button, WORDS[lang].title(row), body, lang);
}
