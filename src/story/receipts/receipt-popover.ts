/**
 * A figure's receipt in a popover (issue 15). The build writes every receipt as a note under its step
 * (src/build/prerender/receipts-html.ts) and links the figure to it; this shows a copy of that note beside the
 * figure (a sheet along the bottom on phones). The native popover gives Esc and a tap outside for closing; focus
 * goes to the receipt on opening and back to the figure on closing. Nothing here parses HTML: the note is cloned.
 */

const WORDS = {
  zh: { title: '来源：', close: '关闭' },
  en: { title: 'Source of ', close: 'Close' },
} as const;

/** Narrower than this, the popover is a sheet along the bottom of the screen (receipts.css). */
const SHEET_MAX_WIDTH = 600;
const GAP = 6;
const EDGE = 8;

let popover: HTMLElement | undefined;
let opener: HTMLAnchorElement | undefined;

function create(lang: 'zh' | 'en'): HTMLElement {
  const el = document.createElement('div');
  el.id = 'kc-receipt';
  el.className = 'receipt-popover';
  el.popover = 'auto';
  el.setAttribute('role', 'dialog');
  el.setAttribute('aria-labelledby', 'kc-receipt-title');
  const head = document.createElement('div');
  head.className = 'receipt-popover-head';
  const title = document.createElement('h2');
  title.id = 'kc-receipt-title';
  title.tabIndex = -1;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'receipt-popover-close';
  close.setAttribute('aria-label', WORDS[lang].close);
  close.textContent = '×';
  close.addEventListener('click', () => el.hidePopover());
  head.append(title, close);
  const body = document.createElement('div');
  body.className = 'receipt-popover-body receipt';
  el.append(head, body);
  el.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState !== 'closed') return;
    window.removeEventListener('scroll', hideOnScroll);
    const from = opener;
    opener = undefined;
    from?.setAttribute('aria-expanded', 'false');
    const focus = document.activeElement;
    if (from && (!focus || focus === document.body || el.contains(focus))) from.focus({ preventScroll: true });
  });
  document.body.append(el);
  return el;
}

function hideOnScroll(): void {
  popover?.hidePopover();
}

/** Beside the figure: below it when there is room, above it otherwise, always inside the window. */
function place(el: HTMLElement, link: HTMLElement): void {
  if (window.innerWidth < SHEET_MAX_WIDTH) {
    el.style.removeProperty('left');
    el.style.removeProperty('top');
    return;
  }
  const at = link.getBoundingClientRect();
  const { offsetWidth: width, offsetHeight: height } = el;
  const left = Math.min(Math.max(EDGE, at.left), window.innerWidth - width - EDGE);
  const below = at.bottom + GAP;
  const above = at.top - GAP - height;
  const top = below + height <= window.innerHeight - EDGE || above < EDGE ? Math.min(below, window.innerHeight - height - EDGE) : above;
  el.style.left = `${Math.max(EDGE, left)}px`;
  el.style.top = `${Math.max(EDGE, top)}px`;
  window.addEventListener('scroll', hideOnScroll, { passive: true });
}

/** Shows the receipt a figure links to; false when the page has no such note (the link then works as a link). */
export function openReceipt(link: HTMLAnchorElement): boolean {
  const id = link.getAttribute('href')?.slice(1) ?? '';
  const note = id ? document.getElementById(id) : null;
  if (!note) return false;
  const lang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
  const el = (popover ??= create(lang));
  if (opener === link && el.matches(':popover-open')) {
    el.hidePopover();
    return true;
  }
  if (el.matches(':popover-open')) el.hidePopover();
  const title = el.querySelector('h2');
  if (title) title.textContent = `${WORDS[lang].title}${link.textContent?.trim() ?? ''}`;
  el.querySelector('.receipt-popover-body')?.replaceChildren(...Array.from(note.childNodes, (node) => node.cloneNode(true)));
  opener = link;
  link.setAttribute('aria-expanded', 'true');
  el.showPopover();
  place(el, link);
  title?.focus({ preventScroll: true });
  return true;
}
