/** The lesson's plan as the speaker view keeps it: its length, and where the class is against it. */

/** A school lesson: 40 minutes in most Chinese schools (45 in some); the teacher sets their own. */
export const DEFAULT_LESSON_MINUTES = 40;
export const LESSON_MINUTES = { min: 5, max: 240 } as const;

/** A planned length from what a teacher typed or the session kept: whole minutes in range, else undefined. */
export function lessonMinutes(value: string | null | undefined): number | undefined {
  if (value == null || !/^\s*\d+\s*$/.test(value)) return undefined;
  const minutes = Number(value);
  return minutes >= LESSON_MINUTES.min && minutes <= LESSON_MINUTES.max ? minutes : undefined;
}

/**
 * Where the class is against the plan: the time left (negative once over), and whether the slides are ahead of or
 * behind the clock — the share of slides shown against the share of the lesson gone, within a tenth either way
 * counting as on time. In the lesson's first minute there is no pace yet.
 */
export interface LessonPace {
  leftMs: number;
  over: boolean;
  pace: 'ahead' | 'behind' | 'on time' | undefined;
}

export function lessonPace(elapsedMs: number, minutes: number, slide: number, slides: number): LessonPace {
  const plannedMs = minutes * 60_000;
  const leftMs = plannedMs - elapsedMs;
  // Too early to tell: in its first minute a lesson is ahead or behind by a single slide.
  if (elapsedMs < 60_000 || slides <= 0) return { leftMs, over: leftMs < 0, pace: undefined };
  const timeShare = elapsedMs / plannedMs;
  const slideShare = (slide + 1) / slides;
  const pace = slideShare - timeShare > 0.1 ? 'ahead' : timeShare - slideShare > 0.1 ? 'behind' : 'on time';
  return { leftMs, over: leftMs < 0, pace };
}

/** The chapter slide `index` is in: the last chapter-opening slide at or before it (-1 before the first). */
export function chapterAt(index: number, opensChapter: readonly boolean[]): number {
  for (let i = Math.min(index, opensChapter.length - 1); i >= 0; i--) if (opensChapter[i]) return i;
  return -1;
}
