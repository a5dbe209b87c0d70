/**
 * Shows a chart laid out at a fixed width (a phone's, a desktop's) scaled down to fit its box: the stage
 * keeps its width, so the chart lays out exactly as at that width, and the box takes the scaled height.
 */
export class PreviewScaler {
  // Fitting changes the boxes' heights: done in the next frame, so the observer never loops within one.
  private readonly observer = new ResizeObserver(() => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.fit());
  });
  private boxes: HTMLElement[] = [];
  private frame = 0;

  /** Fits every `.viewport` box in `root`, and again whenever a box or its stage changes size. */
  watch(root: ParentNode): void {
    this.observer.disconnect();
    this.boxes = [...root.querySelectorAll<HTMLElement>('.viewport')];
    for (const box of this.boxes) {
      this.observer.observe(box);
      const stage = box.firstElementChild;
      if (stage) this.observer.observe(stage);
    }
    this.fit();
  }

  disconnect(): void {
    cancelAnimationFrame(this.frame);
    this.observer.disconnect();
    this.boxes = [];
  }

  private fit(): void {
    for (const box of this.boxes) {
      const stage = box.firstElementChild as HTMLElement | null;
      if (!stage) continue;
      const scale = Math.min(1, box.clientWidth / stage.offsetWidth);
      stage.style.transform = `scale(${scale})`;
      box.style.height = `${Math.ceil(stage.offsetHeight * scale)}px`;
    }
  }
}
