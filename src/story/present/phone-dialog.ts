import type { Lang } from '../../model/types.ts';
import { pt } from '../../model/i18n/present-strings.ts';
import { addressReach, shortAddress } from './phone-address.ts';
import { qrShape } from './qr-svg.ts';

/**
 * The slide show's "Phones" dialog (issue 17): a QR code as large as the screen allows, black on white in every
 * colour scheme, and the address as short text, so a class opens the slide's step on their phones. Loaded on
 * first use, with the QR encoder. A modal `<dialog>`: Esc and the Close button close it; the show gives the focus
 * back to whatever opened it.
 */

const SVG = 'http://www.w3.org/2000/svg';

export interface PhoneDialog {
  /** Whether it is on screen. */
  readonly open: boolean;
  /** Shows the dialog for `address` (or, when it is open, changes to it); `slide` says which slide it is. */
  show(address: string, slide: string): void;
  close(): void;
  /** Takes it out of the page (the show is over). */
  remove(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = cls;
  if (text) node.textContent = text;
  return node;
}

/** Builds the dialog into `host`; `onClose` runs whenever it closes (Esc, the button, the q key). */
export function createPhoneDialog(host: HTMLElement, lang: Lang, onClose: () => void): PhoneDialog {
  const dialog = el('dialog', 'present-phone-dialog');
  dialog.setAttribute('aria-labelledby', 'kc-phone-title');
  dialog.setAttribute('aria-describedby', 'kc-phone-scan kc-phone-address kc-phone-reach');

  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'phone-qr');
  svg.setAttribute('role', 'img');
  const paper = document.createElementNS(SVG, 'rect');
  paper.setAttribute('fill', '#fff');
  const ink = document.createElementNS(SVG, 'path');
  ink.setAttribute('fill', '#000');
  svg.append(paper, ink);

  const text = el('div', 'phone-text');
  const title = el('h2', 'phone-title', pt('phoneTitle', lang));
  title.id = 'kc-phone-title';
  // Said when the slide changes under the open dialog (the show's own announcements are behind the modal).
  const slideLine = el('p', 'phone-slide');
  slideLine.setAttribute('aria-live', 'polite');
  const scan = el('p', 'phone-scan', pt('phoneScan', lang));
  scan.id = 'kc-phone-scan';
  const addressLine = el('p', 'phone-address');
  addressLine.id = 'kc-phone-address';
  addressLine.lang = 'en';
  addressLine.dir = 'ltr';
  const reach = el('p', 'phone-reach');
  reach.id = 'kc-phone-reach';
  const closeButton = el('button', 'phone-close', pt('phoneClose', lang));
  closeButton.type = 'button';
  closeButton.title = pt('phoneCloseHint', lang);
  closeButton.addEventListener('click', () => dialog.close());
  text.append(title, slideLine, scan, addressLine, reach, closeButton);
  dialog.append(svg, text);
  dialog.addEventListener('close', onClose);
  host.append(dialog);

  let shown = '';
  const draw = (address: string): void => {
    if (address === shown) return;
    shown = address;
    const { side, path } = qrShape(address);
    svg.setAttribute('viewBox', `0 0 ${side} ${side}`);
    paper.setAttribute('width', String(side));
    paper.setAttribute('height', String(side));
    ink.setAttribute('d', path);
    svg.dataset.address = address;
    svg.setAttribute('aria-label', pt('phoneQr', lang, { address }));
    addressLine.textContent = shortAddress(address);
    const where = addressReach(address);
    const note = { public: '', file: pt('phoneFile', lang), computer: pt('phoneComputer', lang), network: pt('phoneNetwork', lang) };
    reach.textContent = note[where];
    reach.hidden = where === 'public';
  };

  return {
    get open() {
      return dialog.open;
    },
    show(address, slide) {
      draw(address);
      slideLine.textContent = slide;
      if (!dialog.open) dialog.showModal();
    },
    close() {
      if (dialog.open) dialog.close();
    },
    remove() {
      dialog.removeEventListener('close', onClose);
      if (dialog.open) dialog.close();
      dialog.remove();
    },
  };
}
