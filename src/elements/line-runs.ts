import { html, type TemplateResult } from 'lit';
import { lineParts } from '../model/line-breaks.ts';
import type { Lang } from '../model/types.ts';

const WBR = html`<wbr>`;

/**
 * A title (or any short text) as its runs (model/line-breaks.ts), a break opportunity (<wbr>) between them and a
 * run a browser would break inside held on one line; set it with `word-break: keep-all` so lines break nowhere else.
 * (One flat list of text and templates: the server renderer marks every template that starts with an expression.)
 */
export function lineRunsTemplate(text: string, lang: Lang): (string | TemplateResult)[] {
  return lineParts(text, lang).flatMap((part) => [
    part.hold ? html`<span class="nobr">${part.word}</span>` : part.word + part.space,
    ...(part.hold && part.space ? [part.space] : []),
    ...(part.breakAfter ? [WBR] : []),
  ]);
}
