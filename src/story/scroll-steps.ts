import scrollama from 'scrollama';

export interface StepScroller {
  /** Moves the trigger line, in px from the viewport top, and re-measures the steps. */
  setLine(px: number): void;
  destroy(): void;
}

/**
 * The one module that knows Scrollama: it reports the index of the step crossing the trigger line.
 * Steps are passed as elements so they may live anywhere (a shadow root included).
 */
export function watchSteps(steps: HTMLElement[], linePx: number, onEnter: (index: number) => void): StepScroller {
  const scroller = scrollama();
  scroller
    // Scrollama's typings list only decimal offsets; a "px" string is supported by its parser.
    .setup({ step: steps, offset: `${linePx}px` as unknown as scrollama.DecimalType })
    .onStepEnter(({ index }) => onEnter(index));
  return {
    setLine(px) {
      (scroller as unknown as { offset(value: string): void }).offset(`${px}px`);
    },
    destroy() {
      scroller.destroy();
    },
  };
}
