import { html, nothing, type TemplateResult } from 'lit';
import type { TableRowRef } from '../../charts/kit/chart-text.ts';
import { isSeedDocument } from '../../model/source-document.ts';
import type { Lang, Source } from '../../model/types.ts';

/** The column of the rows' receipt buttons, and each button's words. */
export const RECEIPT_WORDS = {
  zh: { column: '出处', quote: '原文', source: '出处', label: (row: string) => `${row}：出处与原文` },
  en: { column: 'Where from', quote: 'Quote', source: 'Source', label: (row: string) => `${row}: where it comes from` },
} as const;

/**
 * A table row's receipt button (issue 15): the row's place in its source and the source's words there, in a
 * popover whose code (and the quotes) load on the first press. Nothing for a row computed from others.
 */
export function receiptButton(
  row: string,
  ref: TableRowRef | undefined,
  sources: Record<string, Source>,
  lang: Lang,
): TemplateResult | typeof nothing {
  if (!ref?.source) return nothing;
  const open = (event: Event) => {
    const button = event.currentTarget as HTMLButtonElement;
    import('./row-receipt.ts')
      .then((m) => m.openRowReceipt(button, row, ref, sources, lang))
      .catch((error: unknown) => console.error('kc: the receipt could not load', error));
  };
  return html`<button class="receipt-button" type="button" aria-haspopup="dialog" aria-label=${RECEIPT_WORDS[lang].label(row)} @click=${open}>
    ${isSeedDocument(sources[ref.source]?.document ?? '') ? RECEIPT_WORDS[lang].quote : RECEIPT_WORDS[lang].source}
  </button>`;
}
