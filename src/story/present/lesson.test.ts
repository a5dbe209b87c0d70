import { describe, expect, it } from 'vitest';
import { chapterAt, lessonMinutes, lessonPace } from './lesson.ts';

describe('lessonMinutes(value)', () => {
  it.each([
    ['40', 40],
    [' 45 ', 45],
    ['5', 5],
    ['240', 240],
  ])('reads %j as %d minutes', (value, minutes) => expect(lessonMinutes(value)).toBe(minutes));

  it.each(['', '4', '241', '40.5', '-40', 'forty', null, undefined])('refuses %j', (value) => expect(lessonMinutes(value)).toBeUndefined());
});

describe('lessonPace(elapsed, minutes, slide, slides)', () => {
  const min = 60_000;
  it('has no pace before the watch starts, nor in the first minute', () => {
    expect(lessonPace(0, 40, 0, 37)).toEqual({ leftMs: 40 * min, over: false, pace: undefined });
    expect(lessonPace(59_000, 40, 19, 37).pace).toBeUndefined();
  });

  it('counts the time left, and past the plan says it is over', () => {
    expect(lessonPace(10 * min, 40, 9, 37).leftMs).toBe(30 * min);
    expect(lessonPace(43 * min, 40, 36, 37)).toEqual({ leftMs: -3 * min, over: true, pace: 'on time' });
  });

  it('compares the share of slides shown with the share of the lesson gone, a tenth either way on time', () => {
    // Half the lesson gone: slide 19 of 37 (51 %) is on time, slide 10 (27 %) behind, slide 28 (76 %) ahead.
    expect(lessonPace(20 * min, 40, 18, 37).pace).toBe('on time');
    expect(lessonPace(20 * min, 40, 9, 37).pace).toBe('behind');
    expect(lessonPace(20 * min, 40, 27, 37).pace).toBe('ahead');
  });
});

describe('chapterAt(index, opensChapter)', () => {
  const opens = [true, false, false, true, false, true];
  it('finds the chapter-opening slide at or before the slide', () => {
    expect([0, 1, 2, 3, 4, 5].map((i) => chapterAt(i, opens))).toEqual([0, 0, 0, 3, 3, 5]);
  });

  it('is -1 before the first chapter, and keeps a slide past the end in the last one', () => {
    expect(chapterAt(1, [false, false, true])).toBe(-1);
    expect(chapterAt(9, opens)).toBe(5);
  });
});
