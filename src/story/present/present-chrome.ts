import type { Lang } from '../../model/types.ts';
import { pt, type PresentStringKey } from '../../model/i18n/present-strings.ts';
import type { PresentAction } from './keys.ts';
import { projectorRemembered } from './present-page.ts';

/** The slide show's toolbar and the parts of it the show updates. */
export interface PresentChrome {
  chrome: HTMLElement;
  counter: HTMLElement;
  meter: HTMLElement;
  status: HTMLElement;
  fullButton: HTMLButtonElement;
  projectorButton: HTMLButtonElement;
  speakerButton: HTMLButtonElement;
  phoneButton: HTMLButtonElement;
}

function button(
  lang: Lang,
  cls: string,
  label: PresentStringKey,
  hint: PresentStringKey,
  onClick: () => void,
  glyph = '',
): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = cls;
  b.title = pt(hint, lang);
  if (glyph) {
    const g = document.createElement('span');
    g.setAttribute('aria-hidden', 'true');
    g.className = 'present-glyph';
    g.textContent = glyph;
    b.append(g);
  }
  const text = document.createElement('span');
  text.textContent = pt(label, lang);
  b.append(text);
  b.addEventListener('click', onClick);
  return b;
}

/** Builds the toolbar: progress, previous / counter / next, then status, full screen, projector, speaker, phones, exit. */
export function buildPresentChrome(lang: Lang, slides: number, act: (action: PresentAction) => void): PresentChrome {
  const chrome = document.createElement('div');
  chrome.className = 'present-chrome';
  chrome.setAttribute('role', 'toolbar');
  chrome.setAttribute('aria-label', pt('controls', lang));

  const meter = document.createElement('div');
  meter.className = 'present-progress';
  meter.setAttribute('role', 'progressbar');
  meter.setAttribute('aria-label', pt('progress', lang));
  meter.setAttribute('aria-valuemin', '1');
  meter.setAttribute('aria-valuemax', String(slides));
  meter.append(document.createElement('span'));

  const counter = document.createElement('span');
  counter.className = 'present-counter';
  counter.setAttribute('aria-hidden', 'true');

  const status = document.createElement('span');
  status.className = 'present-status';
  status.setAttribute('role', 'status');

  const prev = button(lang, 'present-prev', 'previous', 'previousHint', () => act('prev'), '←');
  const next = button(lang, 'present-next', 'next', 'nextHint', () => act('next'), '→');
  // A click on them leaves the focus where it was, so Space goes on meaning "next" (from the keyboard they
  // take the focus, and Space and Enter press them, as any button).
  for (const b of [prev, next]) b.addEventListener('mousedown', (event) => event.preventDefault());
  const fullButton = button(lang, 'present-full', 'fullScreen', 'fullScreenHint', () => act('fullscreen'));
  fullButton.setAttribute('aria-pressed', 'false');
  fullButton.hidden = !document.fullscreenEnabled;
  const projectorButton = button(lang, 'present-projector', 'projector', 'projectorHint', () => act('contrast'));
  projectorButton.setAttribute('aria-pressed', String(projectorRemembered()));
  const speakerButton = button(lang, 'present-speaker', 'speaker', 'speakerHint', () => act('speaker'));
  speakerButton.setAttribute('aria-pressed', 'false');
  const phoneButton = button(lang, 'present-phone', 'phone', 'phoneHint', () => act('phone'));
  phoneButton.setAttribute('aria-haspopup', 'dialog');
  phoneButton.setAttribute('aria-expanded', 'false');
  const exit = button(lang, 'present-exit', 'exit', 'exitHint', () => act('exit'));

  const nav = document.createElement('div');
  nav.className = 'present-nav';
  nav.append(prev, counter, next);
  const tools = document.createElement('div');
  tools.className = 'present-tools';
  tools.append(status, fullButton, projectorButton, speakerButton, phoneButton, exit);
  chrome.append(meter, nav, tools);
  return { chrome, counter, meter, status, fullButton, projectorButton, speakerButton, phoneButton };
}
