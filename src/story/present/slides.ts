import type { StepAction } from './keys.ts';

/** Which window a page is: the story, the slide show, or the speaker's view of it. */
export type Mode = 'story' | 'present' | 'speaker';

/** An index kept inside 0 … count − 1 (0 when there is nothing to index). */
export function clampIndex(index: number, count: number): number {
  if (count <= 0 || !Number.isFinite(index)) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(index)));
}

/** The slide an action leads to from `index` among `count` slides (it stays put at either end). */
export function moveIndex(index: number, action: StepAction, count: number): number {
  switch (action) {
    case 'next':
      return clampIndex(index + 1, count);
    case 'prev':
      return clampIndex(index - 1, count);
    case 'first':
      return 0;
    case 'last':
      return clampIndex(count - 1, count);
  }
}

/** The mode a page's query string asks for: `?present` or `?speaker` (with or without a value). */
export function modeFromSearch(search: string): Mode {
  const params = new URLSearchParams(search);
  if (params.has('speaker')) return 'speaker';
  if (params.has('present')) return 'present';
  return 'story';
}

/**
 * The address of step `id` in `mode`, from the page's path and query: the mode's parameter replaces any other
 * mode's (`/en/?present#gdp-target`), every other parameter stays, and the story mode has none.
 */
export function urlFor(pathname: string, search: string, mode: Mode, id: string): string {
  const params = new URLSearchParams(search);
  params.delete('present');
  params.delete('speaker');
  const rest = params.toString();
  const query = [mode === 'story' ? '' : mode, rest].filter(Boolean).join('&');
  return `${pathname}${query ? `?${query}` : ''}${id ? `#${encodeURIComponent(id)}` : ''}`;
}

/** How far through the show slide `index` of `count` is, 0 … 1, for the progress bar. */
export function progressOf(index: number, count: number): number {
  return count > 0 ? (clampIndex(index, count) + 1) / count : 0;
}
