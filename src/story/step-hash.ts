/**
 * The step a page's address names after `#`. A reader can arrive with any fragment — a link cut short (`#%E4%B8`),
 * a stray `%`, a thousand characters pasted by mistake — and each must land somewhere (the first step, or the step
 * on screen), never stop the story: nothing here throws.
 */

/** Longer than any step id, so a fragment past it names no step (and is not decoded). */
const MAX_HASH = 256;

/** The step id a hash names (`#gdp-target`, percent-encoded or not), or '' for none. */
export function idFromHash(hash: string): string {
  const raw = hash.replace(/^#/, '');
  if (raw.length > MAX_HASH) return '';
  try {
    return decodeURIComponent(raw);
  } catch {
    // Malformed percent-encoding: taken as written, which names no step.
    return raw;
  }
}

/** The index of the step a hash names among `ids`, or -1. */
export function indexFromHash(hash: string, ids: readonly string[]): number {
  const id = idFromHash(hash);
  return id ? ids.indexOf(id) : -1;
}
