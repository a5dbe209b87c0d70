import '../../styles/present.css';

import type { Lang } from '../../model/types.ts';
import { pt, type PresentStringKey } from '../../model/i18n/present-strings.ts';
import type { StoryHost } from '../story-host.ts';
import { openLink, type Link, type PresentMessage } from './channel.ts';
import { presentAction, type PresentAction } from './keys.ts';
import { buildPresentChrome } from './present-chrome.ts';
import { inertAround, projectorRemembered, rememberProjector, restoreInert } from './present-page.ts';
import { keyIsFree } from './key-is-free.ts';
import { SlideFit } from './slide-fit.ts';
import { phoneAddress } from './phone-address.ts';
import type { PhoneDialog } from './phone-dialog.ts';
import { clampIndex, modeFromSearch, moveIndex, progressOf, urlFor } from './slides.ts';
import { indexFromHash } from '../step-hash.ts';

let current: Presenter | undefined;

/** Opens presentation mode, or the speaker's view on a `?speaker` page. */
export function openPresentation(story: StoryHost): void {
  if (modeFromSearch(location.search) === 'speaker') {
    void import('./speaker.ts').then(({ openSpeaker }) => openSpeaker(story));
    return;
  }
  if (current) return;
  current = new Presenter(story);
  current.enter();
}

/** The slide show: one step per slide, the story's own chart large beside the step's text. */
class Presenter {
  private readonly steps: readonly HTMLElement[];
  private readonly ids: string[];
  private readonly lang: Lang;
  private index = 0;
  private chrome?: HTMLElement;
  private counter?: HTMLElement;
  private meter?: HTMLElement;
  private status?: HTMLElement;
  private speakerButton?: HTMLButtonElement;
  private projectorButton?: HTMLButtonElement;
  private fullButton?: HTMLButtonElement;
  private phoneButton?: HTMLButtonElement;
  private phone?: PhoneDialog;
  private phoneOpener: Element | null = null;
  private link?: Link;
  private speakerWindow: Window | null = null;
  private inerted: HTMLElement[] = [];
  private focusBefore: Element | null = null;
  private readonly fit: SlideFit;

  constructor(private readonly story: StoryHost) {
    this.steps = story.stepElements;
    this.ids = this.steps.map((s) => s.dataset.step ?? '');
    this.lang = story.getAttribute('lang') === 'en' ? 'en' : 'zh';
    this.fit = new SlideFit(story);
  }

  private s(key: PresentStringKey, vars?: Record<string, string | number>): string {
    return pt(key, this.lang, vars);
  }

  enter(): void {
    const fromHash = indexFromHash(location.hash, this.ids);
    this.index = clampIndex(fromHash >= 0 ? fromHash : this.story.activeIndex, this.steps.length);
    this.focusBefore = document.activeElement;
    this.story.hold();
    this.buildChrome();
    document.documentElement.classList.add('kc-presenting');
    document.documentElement.classList.toggle('kc-projector', projectorRemembered());
    this.story.classList.add('presenting');
    this.setInert(true);
    this.fit.fitChart();
    window.addEventListener('keydown', this.onKey);
    window.addEventListener('resize', this.onResize);
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
    this.link = openLink(location.pathname, this.ids, this.onMessage);
    this.go(this.index, true);
    this.link.send({ type: 'hello', from: 'present' });
    // The show has the focus (not a button, which would take Space for itself), so every key reaches it.
    this.story.focus({ preventScroll: true });
  }

  private exit(): void {
    window.removeEventListener('keydown', this.onKey);
    window.removeEventListener('resize', this.onResize);
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    this.fit.stop();
    this.link?.send({ type: 'bye', from: 'present' });
    this.link?.close();
    this.phone?.remove();
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    this.setInert(false);
    this.chrome?.remove();
    this.story.classList.remove('presenting');
    this.fit.clear(this.steps);
    document.documentElement.classList.remove('kc-presenting', 'kc-projector');
    const id = this.ids[this.index] ?? '';
    history.replaceState(history.state, '', urlFor(location.pathname, location.search, 'story', id));
    for (const a of document.querySelectorAll<HTMLAnchorElement>('.lang-switch')) a.search = '';
    this.story.release(this.index);
    const live = this.story.querySelector('.story-live');
    if (live) live.textContent = this.s('exited', { i: this.index + 1 });
    const back = this.focusBefore instanceof HTMLElement && this.focusBefore.isConnected ? this.focusBefore : null;
    (back && back !== document.body ? back : this.story.querySelector<HTMLElement>('.steps'))?.focus({ preventScroll: true });
    current = undefined;
  }

  /** Shows slide `index`: the story's chart and view, the step's text, counter, progress, address, announcement. */
  private go(index: number, force = false, fromOther = false): void {
    const next = clampIndex(index, this.steps.length);
    if (next === this.index && !force) return;
    this.index = next;
    this.story.showStep(next);
    const n = this.steps.length;
    const label = this.s('slide', { i: next + 1, n });
    if (this.counter) this.counter.textContent = `${next + 1} / ${n}`;
    if (this.meter) {
      this.meter.style.setProperty('--progress', String(progressOf(next, n)));
      this.meter.setAttribute('aria-valuenow', String(next + 1));
      this.meter.setAttribute('aria-valuetext', label);
    }
    const id = this.ids[next] ?? '';
    history.replaceState(history.state, '', urlFor(location.pathname, location.search, 'present', id));
    for (const a of document.querySelectorAll<HTMLAnchorElement>('.lang-switch')) {
      a.search = '?present';
      a.hash = id;
    }
    const card = this.steps[next]?.querySelector('.step-card');
    const text = (card?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const live = this.story.querySelector('.story-live');
    if (live) live.textContent = this.s('slideAnnounce', { i: next + 1, n, text });
    this.chrome?.querySelector<HTMLButtonElement>('.present-prev')?.toggleAttribute('disabled', next === 0);
    this.chrome?.querySelector<HTMLButtonElement>('.present-next')?.toggleAttribute('disabled', next === n - 1);
    this.fit.fitSlide(this.steps[next]);
    if (this.phone?.open) this.phone.show(phoneAddress(location, id), label);
    if (!fromOther) this.link?.send({ type: 'goto', from: 'present', index: next, id });
  }

  private act(action: PresentAction): void {
    switch (action) {
      case 'exit':
        this.exit();
        return;
      case 'fullscreen':
        void this.toggleFullscreen();
        return;
      case 'contrast':
        this.toggleProjector();
        return;
      case 'speaker':
        this.openSpeaker();
        return;
      case 'phone':
        void this.togglePhone();
        return;
      default:
        this.go(moveIndex(this.index, action, this.steps.length));
    }
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing) return;
    const action = presentAction(event);
    if (!action || !keyIsFree(event)) return;
    // Over the phone dialog the slides still move (a clicker, the arrows) and q closes it; Esc is the dialog's.
    if (this.phone?.open && action !== 'phone' && !['next', 'prev', 'first', 'last'].includes(action)) return;
    // Esc while in full screen is the browser's: it leaves full screen, and the slide show stays.
    if (action === 'exit' && document.fullscreenElement) return;
    event.preventDefault();
    this.act(action);
  };

  private readonly onResize = (): void => {
    this.fit.fitChart();
    this.fit.fitText(this.steps[this.index]);
  };

  private readonly onHashChange = (): void => {
    const index = indexFromHash(location.hash, this.ids);
    if (index >= 0) this.go(index);
  };

  private readonly onPageHide = (): void => {
    this.link?.send({ type: 'bye', from: 'present' });
  };

  private readonly onMessage = (message: PresentMessage): void => {
    if (message.from !== 'speaker') return;
    if (message.type === 'goto') {
      this.setSpeakerState(true);
      this.go(message.index, false, true);
    } else if (message.type === 'hello') {
      this.setSpeakerState(true);
      const id = this.ids[this.index] ?? '';
      this.link?.send({ type: 'goto', from: 'present', index: this.index, id });
    } else {
      this.setSpeakerState(false);
    }
  };

  private readonly onFullscreenChange = (): void => {
    this.fullButton?.setAttribute('aria-pressed', String(!!document.fullscreenElement));
    this.onResize();
  };

  private async toggleFullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else if (document.fullscreenEnabled) await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
      else throw new Error('full screen is not enabled');
    } catch {
      // Refused (an iframe without permission, a browser that does not allow it): the slide show goes on.
      this.say(this.s('fullScreenRefused'));
    }
  }

  private toggleProjector(): void {
    const on = !document.documentElement.classList.contains('kc-projector');
    document.documentElement.classList.toggle('kc-projector', on);
    rememberProjector(on);
    this.projectorButton?.setAttribute('aria-pressed', String(on));
    this.say(this.s(on ? 'projectorOn' : 'projectorOff'));
  }

  private openSpeaker(): void {
    const id = this.ids[this.index] ?? '';
    const url = urlFor(location.pathname, location.search, 'speaker', id);
    const name = `kc-speaker-${location.pathname}`;
    if (this.speakerWindow && !this.speakerWindow.closed) {
      this.speakerWindow.focus();
      return;
    }
    this.speakerWindow = window.open(url, name, 'popup,width=1280,height=720');
    if (!this.speakerWindow) this.say(this.s('speakerBlocked'));
    else this.setSpeakerState(true);
  }

  /** Opens the dialog with the QR code of the slide's step for phones (its code loads on first use), or closes it. */
  private async togglePhone(): Promise<void> {
    if (this.phone?.open) {
      this.phone.close();
      return;
    }
    const opener = document.activeElement;
    if (!this.phone) {
      try {
        const { createPhoneDialog } = await import('./phone-dialog.ts');
        if (current !== this || this.phone) return;
        this.phone = createPhoneDialog(this.story, this.lang, this.onPhoneClose);
      } catch {
        this.say(this.s('phoneFailed'));
        return;
      }
    }
    this.phoneOpener = opener;
    const id = this.ids[this.index] ?? '';
    this.phone.show(phoneAddress(location, id), this.s('slide', { i: this.index + 1, n: this.steps.length }));
    this.phoneButton?.setAttribute('aria-expanded', 'true');
  }

  private readonly onPhoneClose = (): void => {
    this.phoneButton?.setAttribute('aria-expanded', 'false');
    const back = this.phoneOpener instanceof HTMLElement && this.phoneOpener.isConnected ? this.phoneOpener : this.story;
    back.focus({ preventScroll: true });
    this.phoneOpener = null;
  };

  private setSpeakerState(open: boolean): void {
    this.speakerButton?.setAttribute('aria-pressed', String(open));
  }

  /** A short status line, read out by screen readers. */
  private say(text: string): void {
    if (this.status) this.status.textContent = text;
  }

  private buildChrome(): void {
    const parts = buildPresentChrome(this.lang, this.steps.length, (action) => this.act(action));
    this.chrome = parts.chrome;
    this.counter = parts.counter;
    this.meter = parts.meter;
    this.status = parts.status;
    this.fullButton = parts.fullButton;
    this.projectorButton = parts.projectorButton;
    this.speakerButton = parts.speakerButton;
    this.phoneButton = parts.phoneButton;
    this.story.append(parts.chrome);
  }

  /** Everything on the page but the story (and the story's own reading chrome) is out of reach while presenting. */
  private setInert(on: boolean): void {
    restoreInert(this.inerted);
    this.inerted = on ? inertAround(this.story) : [];
  }
}
