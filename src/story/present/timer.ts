/** A stopwatch as plain data: time banked from earlier runs and, while running, when the current run began. */
export interface Stopwatch {
  banked: number;
  since: number | null;
}

export const stoppedWatch: Stopwatch = { banked: 0, since: null };

export function startWatch(watch: Stopwatch, now: number): Stopwatch {
  return watch.since === null ? { banked: watch.banked, since: now } : watch;
}

export function pauseWatch(watch: Stopwatch, now: number): Stopwatch {
  return watch.since === null ? watch : { banked: elapsed(watch, now), since: null };
}

/** Milliseconds on the watch at `now`. */
export function elapsed(watch: Stopwatch, now: number): number {
  return watch.banked + (watch.since === null ? 0 : Math.max(0, now - watch.since));
}

/** Elapsed time as the speaker reads it: m:ss under an hour, h:mm:ss from there. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** The same time as a `<time datetime>` duration (PT1H2M3S). */
export function isoDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s}S`;
}
