/** Longest stretch of a reader's or host's value a message repeats. */
const MAX_ECHO = 60;
/**
 * Characters a repeated value loses: controls, and the bidirectional marks, embeddings, overrides and isolates that
 * could make a message read in another order than it is written (U+061C, U+200E–F, U+202A–E, U+2066–9).
 */
const HIDDEN = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * An untrusted value (an attribute, a URL parameter) as a message may repeat it: without controls or bidi marks and
 * cut to a readable length. It is still text: callers insert it as text, never as HTML.
 */
export function echoed(value: string): string {
  const clean = value.replace(HIDDEN, '');
  const chars = Array.from(clean);
  return chars.length > MAX_ECHO ? `${chars.slice(0, MAX_ECHO - 1).join('')}…` : clean;
}
