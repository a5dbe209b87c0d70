import { prefersReducedMotion } from '../../elements/motion.ts';
import { pt } from '../../model/i18n/present-strings.ts';
import { triggerLine } from '../active-step.ts';
import type { StoryHost } from '../story-host.ts';
import { isPresentKey, keyAllowed, keyTargetKind, stepAction, type KeyTarget } from './keys.ts';
import { keyStepTarget } from './step-target.ts';

/** What the element a key press comes from does with keys (see keyTargetKind). */
function kindOf(event: KeyboardEvent): KeyTarget {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return 'plain';
  return keyTargetKind(target.localName, {
    type: target.getAttribute('type'),
    editable: target.isContentEditable,
    role: target.getAttribute('role'),
  });
}

/**
 * Whether a key press is the story's: it comes from the story element, from inside its steps (not from its
 * graphic, where a chart's table may want the keys), or from the page itself while the story is on the line.
 */
export function storyOwnsKey(story: HTMLElement, event: KeyboardEvent): boolean {
  if (!keyAllowed(kindOf(event), event)) return false;
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return false;
  if (target === story) return true;
  if (story.querySelector('.steps')?.contains(target)) return true;
  if (target !== document.body && target !== document.documentElement) return false;
  const box = story.getBoundingClientRect();
  const line = triggerLine(window.innerHeight);
  return box.top <= line && box.bottom >= line;
}

/**
 * The story's keys, attached once it has settled: ↓/↑, →/←, PageDown/PageUp, Space/Shift+Space, Home/End move
 * from step to step (each comes to rest with its card on the trigger line), and `p` or the button in the
 * graphic's bar opens presentation mode. Keys stay the browser's in fields, on controls (Space), with a
 * modifier, in the chart, and before the first step or after the last.
 */
export function attachKeys(story: StoryHost): void {
  if (story.dataset.keys) return;
  story.dataset.keys = '';
  const lang = story.getAttribute('lang') === 'en' ? 'en' : 'zh';
  const bar = story.querySelector('.graphic-bar');
  if (bar) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'present-open';
    button.textContent = pt('present', lang);
    button.title = pt('presentHint', lang);
    button.addEventListener('click', () => void story.presentation());
    bar.prepend(button);
  }
  const steps = story.querySelector<HTMLElement>('.steps');
  if (steps) {
    // Focusable (from a click or a script) and named, but not a Tab stop: it is many screens tall, and the
    // step keys also work with the focus on the page or on the story (the skip link's target).
    steps.tabIndex = -1;
    steps.setAttribute('role', 'region');
    steps.setAttribute('aria-label', pt('stepsRegion', lang));
  }

  /** The step a key press is scrolling to, until the scroll ends: quick presses add up. */
  let heading = -1;
  const arrived = (): void => {
    heading = -1;
  };
  window.addEventListener('scrollend', arrived);

  window.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || story.isHeld || event.isComposing) return;
    if (isPresentKey(event)) {
      if (kindOf(event) === 'typing') return;
      event.preventDefault();
      void story.presentation();
      return;
    }
    const action = stepAction(event);
    if (!action || !storyOwnsKey(story, event)) return;
    const all = story.stepElements;
    const at = heading >= 0 ? heading : story.activeIndex;
    const card = heading >= 0 ? null : (all[at]?.querySelector('.step-card')?.getBoundingClientRect() ?? null);
    const boxes = all.map((s) => s.getBoundingClientRect());
    const target = keyStepTarget(action, boxes, card, at, triggerLine(window.innerHeight), window.innerHeight);
    if (!target) return;
    event.preventDefault();
    // A long jump (Home, End, a tall step) goes at once: gliding past a run of steps would flash their charts.
    const instant = prefersReducedMotion() || Math.abs(target.dy) > window.innerHeight * 1.5;
    heading = instant ? -1 : target.index;
    window.scrollTo({ top: window.scrollY + target.dy, behavior: instant ? 'instant' : 'smooth' });
  });
}
