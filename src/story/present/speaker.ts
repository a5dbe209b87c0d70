import '../../styles/present.css';
import type { Lang } from '../../model/types.ts';
import { pt, type PresentStringKey } from '../../model/i18n/present-strings.ts';
import type { StoryHost } from '../story-host.ts';
import { ChartPreviews, drawnTitle } from './chart-preview.ts';
import { openLink, type Link, type PresentMessage } from './channel.ts';
import { presentAction } from './keys.ts';
import { keyIsFree } from './key-is-free.ts';
import { clampIndex, moveIndex, urlFor } from './slides.ts';
import { indexFromHash } from '../step-hash.ts';
import { chapterAt } from './lesson.ts';
import { LessonClock } from './lesson-clock.ts';

/** Copies of an element's children, ids dropped (a copy must never duplicate an id on the page). */
function copyOf(el: Element | null | undefined): Node[] {
  if (!el) return [];
  return [...el.childNodes].map((node) => {
    const copy = node.cloneNode(true);
    if (copy instanceof Element) {
      copy.removeAttribute('id');
      copy.querySelectorAll('[id]').forEach((inner) => inner.removeAttribute('id'));
    }
    return copy;
  });
}

let opened = false;

/** Turns this window (opened as `?speaker#step`) into the speaker's view of the slide show. */
export function openSpeaker(story: StoryHost): void {
  if (opened) return;
  opened = true;
  new Speaker(story).open();
}

/**
 * The speaker's window: the current step's teacher note and questions, the next slide (its text, chart title and
 * a small live chart), the slide number and the chapter, the elapsed time against the planned lesson, in step
 * with the slide show both ways.
 */
class Speaker {
  private readonly steps: readonly HTMLElement[];
  private readonly ids: string[];
  private readonly lang: Lang;
  private index = 0;
  private link?: Link;
  private readonly view = document.createElement('div');
  private readonly slide = document.createElement('p');
  private readonly state = document.createElement('p');
  private readonly lessonClock: LessonClock;
  private readonly chapter = document.createElement('p');
  private readonly opensChapter: boolean[];
  private readonly note = document.createElement('div');
  private readonly next = document.createElement('div');
  private readonly live = document.createElement('p');
  private readonly previews: ChartPreviews;

  constructor(private readonly story: StoryHost) {
    this.steps = story.stepElements;
    this.ids = this.steps.map((s) => s.dataset.step ?? '');
    this.opensChapter = this.steps.map((s) => s.classList.contains('opens-chapter'));
    this.lang = story.getAttribute('lang') === 'en' ? 'en' : 'zh';
    this.previews = new ChartPreviews(this.lang);
    this.lessonClock = new LessonClock(this.lang, this.steps.length);
  }

  private s(key: PresentStringKey, vars?: Record<string, string | number>): string {
    return pt(key, this.lang, vars);
  }

  open(): void {
    this.story.hold();
    const main = document.querySelector('main') ?? document.body;
    this.build();
    main.append(this.view);
    document.documentElement.classList.add('kc-speaker');
    document.title = `${this.s('speakerTitle')} · ${document.title}`;
    const fromHash = indexFromHash(location.hash, this.ids);
    this.go(clampIndex(fromHash >= 0 ? fromHash : this.story.activeIndex, this.steps.length), true, true);
    this.link = openLink(location.pathname, this.ids, this.onMessage);
    if (typeof BroadcastChannel === 'undefined') this.state.textContent = this.s('noChannel');
    this.link.send({ type: 'hello', from: 'speaker' });
    window.addEventListener('keydown', this.onKey);
    window.addEventListener('pagehide', () => this.link?.send({ type: 'bye', from: 'speaker' }));
    // The view has the focus (not a button, which would take Space for itself), so every key reaches it.
    this.view.tabIndex = -1;
    this.view.focus({ preventScroll: true });
  }

  private build(): void {
    const view = this.view;
    view.className = 'speaker-view';
    view.setAttribute('lang', this.lang === 'en' ? 'en' : 'zh-Hans');

    const head = document.createElement('header');
    head.className = 'speaker-head';
    const h1 = document.createElement('h1');
    h1.textContent = this.s('speakerTitle');
    this.slide.className = 'speaker-slide';
    this.state.className = 'speaker-link';
    this.state.setAttribute('role', 'status');
    this.state.textContent = this.s('waiting');

    const nav = document.createElement('div');
    nav.className = 'speaker-nav';
    nav.append(
      this.button('speaker-prev-button', 'previous', () => this.move('prev')),
      this.button('speaker-next-button', 'next', () => this.move('next')),
    );
    for (const b of nav.querySelectorAll('button')) b.addEventListener('mousedown', (event) => event.preventDefault());

    this.chapter.className = 'speaker-chapter';
    head.append(h1, this.slide, this.chapter, nav, this.state);
    const worksheet = this.worksheetLink();
    if (worksheet) head.append(worksheet);
    head.append(this.lessonClock.element);

    const now = document.createElement('section');
    now.className = 'speaker-now';
    now.setAttribute('aria-labelledby', 'speaker-now-heading');
    const nowHeading = document.createElement('h2');
    nowHeading.id = 'speaker-now-heading';
    nowHeading.textContent = this.s('teacherNote');
    this.note.className = 'speaker-note';
    now.append(nowHeading, this.note);

    const upcoming = document.createElement('section');
    upcoming.className = 'speaker-next';
    upcoming.setAttribute('aria-labelledby', 'speaker-next-heading');
    const nextHeading = document.createElement('h2');
    nextHeading.id = 'speaker-next-heading';
    nextHeading.textContent = this.s('upNext');
    upcoming.append(nextHeading, this.next);

    this.live.className = 'sr-only';
    this.live.setAttribute('aria-live', 'polite');
    view.append(head, now, upcoming, this.live);
    this.lessonClock.showSlide(this.index);
  }

  /**
   * The students' worksheet of the page's language, opened in a new tab (the slide show keeps its window). Its
   * address is the page's own link to it (the story's classroom links), so the two never differ; none without it.
   */
  private worksheetLink(): HTMLAnchorElement | undefined {
    const href = document.querySelector<HTMLAnchorElement>('.classroom-links a.worksheet-link')?.href;
    if (!href) return undefined;
    const a = document.createElement('a');
    a.className = 'speaker-worksheet';
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = this.s('worksheet');
    a.title = this.s('worksheetHint');
    return a;
  }

  private button(cls: string, label: PresentStringKey, onClick: () => void): HTMLButtonElement {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = cls;
    b.textContent = this.s(label);
    b.addEventListener('click', onClick);
    return b;
  }

  private move(action: 'next' | 'prev' | 'first' | 'last'): void {
    this.go(moveIndex(this.index, action, this.steps.length));
  }

  /** Shows slide `index`; tells the slide show unless the move came from it. */
  private go(index: number, force = false, quiet = false): void {
    const next = clampIndex(index, this.steps.length);
    if (next === this.index && !force) return;
    this.index = next;
    const n = this.steps.length;
    const step = this.steps[next];
    const id = this.ids[next] ?? '';
    this.slide.textContent = this.s('slide', { i: next + 1, n });
    history.replaceState(history.state, '', urlFor(location.pathname, location.search, 'speaker', id));
    this.renderChapter(next);
    this.renderNote(step);
    this.lessonClock.showSlide(next);
    this.renderNext(this.steps[next + 1]);
    this.view.querySelector<HTMLButtonElement>('.speaker-prev-button')?.toggleAttribute('disabled', next === 0);
    this.view.querySelector<HTMLButtonElement>('.speaker-next-button')?.toggleAttribute('disabled', next === n - 1);
    if (!force) this.live.textContent = this.s('slide', { i: next + 1, n });
    if (!quiet) this.link?.send({ type: 'goto', from: 'speaker', index: next, id });
  }

  /** "Chapter 3 of 14: …": the chapter the class is in, from the chapter-opening step at or before the slide. */
  private renderChapter(index: number): void {
    const at = chapterAt(index, this.opensChapter);
    const title = this.steps[at]?.querySelector('.chapter')?.textContent?.trim();
    const chapters = this.opensChapter.filter(Boolean).length;
    const i = this.opensChapter.slice(0, at + 1).filter(Boolean).length;
    this.chapter.textContent = at >= 0 && title ? this.s('chapterNow', { i, n: chapters, title }) : '';
  }

  private renderNote(step: HTMLElement | undefined): void {
    const notes = step?.querySelector('.teacher-notes');
    const note = notes?.querySelector('.teacher-note');
    const questions = notes?.querySelector('.teacher-questions');
    const parts: Node[] = [];
    if (note) parts.push(...copyOf(note));
    else {
      const none = document.createElement('p');
      none.className = 'speaker-muted';
      none.textContent = this.s('noNote');
      parts.push(none);
    }
    if (questions) {
      const box = document.createElement('div');
      box.className = 'teacher-questions';
      box.append(...copyOf(questions));
      parts.push(box);
    }
    this.note.replaceChildren(...parts);
  }

  private renderNext(step: HTMLElement | undefined): void {
    if (!step) {
      const last = document.createElement('p');
      last.className = 'speaker-muted';
      last.textContent = this.s('lastSlide');
      this.next.replaceChildren(last);
      return;
    }
    const title = document.createElement('p');
    title.className = 'speaker-next-title';
    const preview = this.previews.boxFor(step);
    const text = document.createElement('div');
    text.className = 'speaker-next-text';
    text.append(...copyOf(step.querySelector('.step-card')));
    for (const heading of text.querySelectorAll('h2')) {
      // The chapter title of the next slide is a line here, not a heading among the view's own.
      const line = document.createElement('p');
      line.className = 'speaker-muted';
      line.textContent = heading.textContent;
      heading.replaceWith(line);
    }
    this.next.replaceChildren(title, preview, text);
    const chart = preview.firstElementChild;
    if (chart instanceof HTMLElement) {
      const index = this.index;
      void drawnTitle(chart).then((name) => {
        if (index === this.index && name) title.textContent = this.s('chartTitle', { title: name });
      });
    }
  }

  private readonly onMessage = (message: PresentMessage): void => {
    if (message.from !== 'present') return;
    if (message.type === 'bye') {
      this.state.textContent = this.s('presenterClosed');
      return;
    }
    this.state.textContent = this.s('linked');
    if (message.type === 'goto') this.go(message.index, false, true);
    else this.link?.send({ type: 'goto', from: 'speaker', index: this.index, id: this.ids[this.index] ?? '' });
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing) return;
    const action = presentAction(event);
    if (!action || !keyIsFree(event)) return;
    if (action === 'next' || action === 'prev' || action === 'first' || action === 'last') {
      event.preventDefault();
      this.move(action);
    }
  };
}
