/**
 * What presentation mode and the step keys need of the story element: its steps, the active one, and a way to
 * take the story over from scrolling and give it back. `KcStory` implements it; typing the slide show against
 * this instead of the class keeps `story/present/` from importing the story element.
 */
export interface StoryHost extends HTMLElement {
  /** The index of the active step. */
  readonly activeIndex: number;
  /** The story's steps, in order. */
  readonly stepElements: readonly HTMLElement[];
  /** Whether presentation mode holds the story. */
  readonly isHeld: boolean;
  /** Hands the story to presentation mode: `showStep` moves it, scrolling does not. */
  hold(): void;
  /** Shows step `index` (its chart and view) while presentation mode holds the story. */
  showStep(index: number): void;
  /** Gives the story back to scrolling at step `index`. */
  release(index: number): void;
  /** Opens presentation mode. */
  presentation(): Promise<void>;
}
