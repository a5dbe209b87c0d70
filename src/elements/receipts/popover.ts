/**
 * The popover a receipt opens in (issue 15), for the story's figures (src/story/receipts/) and the charts' table
 * rows (row-receipt.ts): one per document or shadow root, shown beside its opener (a sheet along the bottom of a
 * narrow screen). The native popover gives Esc and a tap outside for closing; focus goes to the receipt's heading
 * on opening and back to the opener on closing. Its content is nodes, never HTML.
 */

const CLOSE = { zh: '关闭', en: 'Close' } as const;

/** Narrower than this, the popover is a sheet along the bottom of the screen (its styles). */
const SHEET_MAX_WIDTH = 600;
const GAP = 6;
const EDGE = 8;

interface Open {
  popover: HTMLElement;
  opener?: HTMLElement;
}

const opened = new WeakMap<Document | ShadowRoot, Open>();

function create(root: Document | ShadowRoot, lang: 'zh' | 'en'): Open {
  const doc = root instanceof Document ? root : root.ownerDocument;
  const popover = doc.createElement('div');
  popover.id = 'kc-receipt';
  popover.className = 'receipt-popover';
  popover.popover = 'auto';
  popover.setAttribute('role', 'dialog');
  popover.setAttribute('aria-labelledby', 'kc-receipt-title');
  const head = doc.createElement('div');
  head.className = 'receipt-popover-head';
  const title = doc.createElement('h2');
  title.id = 'kc-receipt-title';
  title.tabIndex = -1;
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'receipt-popover-close';
  close.setAttribute('aria-label', CLOSE[lang]);
  close.textContent = '×';
  close.addEventListener('click', () => popover.hidePopover());
  head.append(title, close);
  const body = doc.createElement('div');
  body.className = 'receipt-popover-body receipt';
  popover.append(head, body);
  const state: Open = { popover };
  const hideOnScroll = () => popover.hidePopover();
  popover.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'open') {
      if (doc.defaultView && doc.defaultView.innerWidth >= SHEET_MAX_WIDTH) {
        doc.defaultView.addEventListener('scroll', hideOnScroll, { passive: true, once: true });
      }
      return;
    }
    doc.defaultView?.removeEventListener('scroll', hideOnScroll);
    const from = state.opener;
    state.opener = undefined;
    from?.setAttribute('aria-expanded', 'false');
    const focus = root.activeElement;
    if (from && (!focus || focus === doc.body || popover.contains(focus))) from.focus({ preventScroll: true });
  });
  (root instanceof Document ? root.body : root).append(popover);
  return state;
}

/** Beside the opener: below it when there is room, above it otherwise, always inside the window. */
function place(popover: HTMLElement, opener: HTMLElement): void {
  const win = popover.ownerDocument.defaultView;
  if (!win || win.innerWidth < SHEET_MAX_WIDTH) {
    popover.style.removeProperty('left');
    popover.style.removeProperty('top');
    return;
  }
  const at = opener.getBoundingClientRect();
  const { offsetWidth: width, offsetHeight: height } = popover;
  const left = Math.max(EDGE, Math.min(at.left, win.innerWidth - width - EDGE));
  const below = at.bottom + GAP;
  const above = at.top - GAP - height;
  const fitsBelow = below + height <= win.innerHeight - EDGE;
  const top = fitsBelow || above < EDGE ? Math.min(below, win.innerHeight - height - EDGE) : above;
  // The CSSOM, not a style attribute: a host page's strict style-src allows it.
  popover.style.left = `${left}px`;
  popover.style.top = `${Math.max(EDGE, top)}px`;
}

/** Shows a receipt for `opener`: its heading and body; a second press on the same opener closes it. */
export function showReceipt(opener: HTMLElement, heading: string, body: Node[], lang: 'zh' | 'en'): void {
  const root = opener.getRootNode() as Document | ShadowRoot;
  let state = opened.get(root);
  if (!state) opened.set(root, (state = create(root, lang)));
  const { popover } = state;
  const wasOpen = popover.matches(':popover-open');
  if (wasOpen) popover.hidePopover();
  if (wasOpen && state.opener === opener) return;
  const title = popover.querySelector('h2');
  if (title) title.textContent = heading;
  popover.querySelector('.receipt-popover-body')?.replaceChildren(...body);
  state.opener = opener;
  opener.setAttribute('aria-expanded', 'true');
  popover.showPopover();
  place(popover, opener);
  title?.focus({ preventScroll: true });
}
