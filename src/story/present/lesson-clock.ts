import type { Lang } from '../../model/types.ts';
import { pt, type PresentStringKey } from '../../model/i18n/present-strings.ts';
import { elapsed, formatElapsed, isoDuration, pauseWatch, startWatch, stoppedWatch, type Stopwatch } from './timer.ts';
import { DEFAULT_LESSON_MINUTES, LESSON_MINUTES, lessonMinutes, lessonPace } from './lesson.ts';

const LESSON_KEY = 'kc-lesson-minutes';

/** The lesson length the teacher set in this browser session (sessionStorage can be refused: then the default). */
function rememberedLesson(): number {
  try {
    return lessonMinutes(sessionStorage.getItem(LESSON_KEY)) ?? DEFAULT_LESSON_MINUTES;
  } catch {
    return DEFAULT_LESSON_MINUTES;
  }
}

function rememberLesson(minutes: number): void {
  try {
    sessionStorage.setItem(LESSON_KEY, String(minutes));
  } catch {
    // Storage refused: the length lasts as long as the window.
  }
}

/**
 * The speaker view's lesson clock: the elapsed time (start, pause, reset) against the planned lesson, whose length
 * the teacher sets and the session remembers, with a meter, the time left and the pace of the slides against it.
 */
export class LessonClock {
  /** The clock's part of the speaker view's head. */
  readonly element = document.createElement('div');
  private watch: Stopwatch = stoppedWatch;
  private tick = 0;
  private slide = 0;
  private readonly clock = document.createElement('time');
  private readonly planned = document.createElement('span');
  private readonly lessonInput = document.createElement('input');
  private readonly lessonMeter = document.createElement('meter');
  private readonly pace = document.createElement('span');
  private minutes = rememberedLesson();
  private readonly startButton = document.createElement('button');

  constructor(
    private readonly lang: Lang,
    private readonly slides: number,
  ) {
    this.build();
  }

  private s(key: PresentStringKey, vars?: Record<string, string | number>): string {
    return pt(key, this.lang, vars);
  }

  private build(): void {
    const timer = this.element;
    timer.className = 'speaker-timer';
    const timerLabel = document.createElement('span');
    timerLabel.textContent = this.s('elapsed');
    this.startButton.type = 'button';
    this.startButton.className = 'speaker-start';
    this.startButton.addEventListener('click', () => this.toggleWatch());
    this.planned.className = 'speaker-planned';
    this.pace.className = 'speaker-pace';
    this.lessonMeter.className = 'speaker-lesson-meter';
    this.lessonMeter.min = 0;
    this.lessonMeter.setAttribute('aria-hidden', 'true');
    const reset = document.createElement('button');
    reset.type = 'button';
    reset.className = 'speaker-reset';
    reset.textContent = this.s('reset');
    reset.addEventListener('click', () => this.resetWatch());
    timer.append(timerLabel, this.clock, this.planned, this.lessonMeter, this.pace, this.startButton, reset, this.lessonField());
  }

  /** The class is on slide `index` (from 0): the pace follows it. */
  showSlide(index: number): void {
    this.slide = index;
    this.render();
  }

  /** The planned lesson length, in minutes: the teacher sets it, the session remembers it. */
  private lessonField(): HTMLLabelElement {
    const label = document.createElement('label');
    label.className = 'speaker-lesson';
    const input = this.lessonInput;
    input.type = 'number';
    input.min = String(LESSON_MINUTES.min);
    input.max = String(LESSON_MINUTES.max);
    input.step = '5';
    input.inputMode = 'numeric';
    input.value = String(this.minutes);
    input.addEventListener('change', () => {
      const minutes = lessonMinutes(input.value);
      if (minutes === undefined) {
        input.value = String(this.minutes);
        return;
      }
      this.minutes = minutes;
      rememberLesson(minutes);
      this.render();
    });
    label.append(this.s('lesson'), ' ', input);
    return label;
  }

  private toggleWatch(): void {
    const now = performance.now();
    this.watch = this.watch.since === null ? startWatch(this.watch, now) : pauseWatch(this.watch, now);
    window.clearInterval(this.tick);
    if (this.watch.since !== null) this.tick = window.setInterval(() => this.render(), 250);
    this.render();
  }

  private resetWatch(): void {
    window.clearInterval(this.tick);
    this.watch = stoppedWatch;
    this.render();
  }

  private render(): void {
    const ms = elapsed(this.watch, performance.now());
    const text = formatElapsed(ms);
    if (this.clock.textContent !== text) this.clock.textContent = text;
    this.clock.dateTime = isoDuration(ms);
    const running = this.watch.since !== null;
    this.startButton.textContent = this.s(running ? 'pause' : 'start');
    const plannedMs = this.minutes * 60_000;
    this.planned.textContent = this.s('ofLesson', { time: formatElapsed(plannedMs) });
    this.lessonMeter.max = plannedMs;
    this.lessonMeter.high = plannedMs * 0.9;
    this.lessonMeter.value = Math.min(ms, plannedMs);
    const pace = lessonPace(ms, this.minutes, this.slide, this.slides);
    const left = this.s(pace.over ? 'timeOver' : 'timeLeft', { time: formatElapsed(Math.abs(pace.leftMs)) });
    const paceWord = pace.pace && this.s(pace.pace === 'ahead' ? 'paceAhead' : pace.pace === 'behind' ? 'paceBehind' : 'paceOnTime');
    const line = paceWord ? `${left} · ${paceWord}` : left;
    if (this.pace.textContent !== line) this.pace.textContent = line;
    this.pace.classList.toggle('over', pace.over);
  }
}
