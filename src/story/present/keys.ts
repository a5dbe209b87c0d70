/** What a key press asks of the story or of a slide show. */
export type StepAction = 'next' | 'prev' | 'first' | 'last';
export type PresentAction = StepAction | 'exit' | 'fullscreen' | 'contrast' | 'speaker' | 'phone';

/** The part of a KeyboardEvent the key maps read. */
export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * The step a key asks for: →/↓/PageDown/Space next, ←/↑/PageUp/Shift+Space previous, Home and End the ends
 * (the keys a presentation clicker sends too). Modifier combinations belong to the browser and the system.
 */
export function stepAction(press: KeyPress): StepAction | null {
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  const space = press.key === ' ' || press.key === 'Spacebar';
  if (press.shiftKey) return space ? 'prev' : null;
  if (space) return 'next';
  switch (press.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** A single letter with no modifier (either case, so Caps Lock does not matter), lower-cased; else null. */
export function letter(press: KeyPress): string | null {
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  return /^[a-z]$/i.test(press.key) ? press.key.toLowerCase() : null;
}

/**
 * The presentation's keys: the step keys, Esc, and f (full screen), c (projector colours), s (speaker view),
 * q (the QR code that opens the step on phones).
 */
export function presentAction(press: KeyPress): PresentAction | null {
  const step = stepAction(press);
  if (step) return step;
  if (press.key === 'Escape' && !(press.altKey || press.ctrlKey || press.metaKey || press.shiftKey)) return 'exit';
  switch (letter(press)) {
    case 'f':
      return 'fullscreen';
    case 'c':
      return 'contrast';
    case 's':
      return 'speaker';
    case 'q':
      return 'phone';
    default:
      return null;
  }
}

/** Whether a key press opens presentation mode (`p`). */
export function isPresentKey(press: KeyPress): boolean {
  return letter(press) === 'p';
}

/** What the element a key press comes from does with keys: types them, activates on Space/Enter, or neither. */
export type KeyTarget = 'typing' | 'activates' | 'plain';

/**
 * Classifies the element a key press comes from by its tag, type and editability: form fields take every key,
 * links, buttons and disclosures take Space (and Enter); anything else leaves keys to the story.
 */
export function keyTargetKind(tag: string, options: { type?: string | null; editable?: boolean; role?: string | null } = {}): KeyTarget {
  const name = tag.toLowerCase();
  if (options.editable) return 'typing';
  if (name === 'textarea' || name === 'select') return 'typing';
  if (name === 'input') {
    const type = (options.type ?? 'text').toLowerCase();
    return ['button', 'submit', 'reset', 'checkbox', 'radio', 'image', 'color', 'file'].includes(type) ? 'activates' : 'typing';
  }
  if (['a', 'button', 'summary'].includes(name)) return 'activates';
  const role = options.role ?? '';
  if (['textbox', 'searchbox', 'combobox', 'slider', 'spinbutton', 'listbox', 'menu', 'tablist', 'grid', 'tree'].includes(role))
    return 'typing';
  if (['button', 'link', 'checkbox', 'switch', 'menuitem', 'tab', 'option'].includes(role)) return 'activates';
  return 'plain';
}

/** Whether an action may be taken from an element of this kind: never in a field, and Space stays a control's. */
export function keyAllowed(kind: KeyTarget, press: KeyPress): boolean {
  if (kind === 'typing') return false;
  if (kind === 'activates') return press.key !== ' ' && press.key !== 'Spacebar' && press.key !== 'Enter';
  return true;
}
