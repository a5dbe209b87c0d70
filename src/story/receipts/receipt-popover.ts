/**
 * A figure's receipt in a popover (issue 15). The build writes every receipt as a note under its step
 * (src/build/prerender/receipts-html.ts) and links the figure to it; this shows a copy of that note beside the
 * figure. Nothing here parses HTML: the note is cloned.
 */
import { showReceipt } from '../../elements/receipts/popover.ts';

const TITLE = { zh: '来源：', en: 'Source of ' } as const;

/** Shows the receipt a figure links to; false when the page has no such note (the link then works as a link). */
export function openReceipt(link: HTMLAnchorElement): boolean {
  const id = link.getAttribute('href')?.slice(1) ?? '';
  const note = id ? document.getElementById(id) : null;
  if (!note) return false;
  const lang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
  const body = Array.from(note.childNodes, (node) => node.cloneNode(true));
  showReceipt(link, `${TITLE[lang]}${link.textContent?.trim() ?? ''}`, body, lang);
  return true;
}
