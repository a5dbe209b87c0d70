import { describe, expect, it } from 'vitest';
import { elapsed, formatElapsed, isoDuration, pauseWatch, startWatch, stoppedWatch } from './timer.ts';

describe('the speaker’s stopwatch', () => {
  it('counts while running, holds while paused, adds up runs', () => {
    let w = startWatch(stoppedWatch, 1000);
    expect(elapsed(w, 4000)).toBe(3000);
    w = pauseWatch(w, 5000);
    expect(elapsed(w, 90_000)).toBe(4000);
    w = startWatch(w, 10_000);
    expect(startWatch(w, 11_000)).toBe(w);
    expect(elapsed(w, 12_500)).toBe(6500);
    expect(pauseWatch(stoppedWatch, 5)).toBe(stoppedWatch);
    expect(elapsed(stoppedWatch, 99)).toBe(0);
  });
  it('reads m:ss, then h:mm:ss', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(59_999)).toBe('0:59');
    expect(formatElapsed(61_000)).toBe('1:01');
    expect(formatElapsed(3_600_000 + 62_000)).toBe('1:01:02');
    expect(formatElapsed(-5)).toBe('0:00');
    expect(isoDuration(3_723_000)).toBe('PT1H2M3S');
    expect(isoDuration(0)).toBe('PT0S');
  });
});
