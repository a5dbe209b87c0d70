import type * as AnimateMarks from './animate-marks.ts';

export type { MarkSnapshot } from './animate-marks.ts';

/**
 * The marks' moves between views (animate-marks.ts), once loaded: a chart asks for them after its first render, so
 * an embedded chart that never changes view does not carry them in its first bytes (the library's per-chart budget).
 * Until then a view change draws the new view at once.
 */
export let marksMotion: typeof AnimateMarks | undefined;

let loading: Promise<void> | undefined;

export function loadMarksMotion(): Promise<void> {
  loading ??= import('./animate-marks.ts').then(
    (module) => void (marksMotion = module),
    () => void (loading = undefined),
  );
  return loading;
}
