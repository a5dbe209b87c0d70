import type { Page } from '@playwright/test';

/** Where the labels to compare are: the chart element (a selector on the page) and its texts (inside its shadow root). */
export interface LabelsIn {
  chart: string;
  texts: string;
  /** Two labels clash when they overlap by more than this many pixels both across and down. */
  minOverlap: number;
}

/**
 * The pairs of visible labels in a chart's SVG that overlap on screen, as `"a" × "b"`.
 *
 * A text's client box spans its font's whole ascent and descent, which differ by font and browser version
 * (1.3–1.45 em for CJK fonts) and overlap between lines set 1.2 em apart, or between a large number and the
 * line above it, where no ink meets. Vertically, each text is taken as its em box on screen instead:
 * 0.88 em above the baseline and 0.12 em below (the ideographic em box), from the text's own y and screen
 * matrix; horizontally, as drawn.
 */
export async function labelOverlaps(page: Page, where: LabelsIn): Promise<string[]> {
  // Runs in the page: everything it uses is defined inside it or passed in `where`.
  return page.evaluate(({ chart, texts, minOverlap }) => {
    const emBox = (t: SVGTextElement) => {
      const box = t.getBoundingClientRect();
      const ctm = t.getScreenCTM();
      const y = t.y.baseVal.numberOfItems ? t.y.baseVal.getItem(0).value : Number.NaN;
      if (!ctm || Number.isNaN(y)) return box;
      const size = Number(getComputedStyle(t).fontSize.replace('px', '')) * Math.hypot(ctm.b, ctm.d);
      const baseline = new DOMPoint(0, y).matrixTransform(ctm).y;
      return { left: box.left, right: box.right, top: baseline - 0.88 * size, bottom: baseline + 0.12 * size, width: box.width };
    };
    const visible = (t: SVGTextElement): boolean => {
      const style = getComputedStyle(t);
      return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0 && !!t.textContent?.trim();
    };
    const root = document.querySelector(chart)?.shadowRoot;
    const labels = [...(root?.querySelectorAll<SVGTextElement>(texts) ?? [])]
      .filter(visible)
      .map((t) => ({ text: t.textContent?.trim() ?? '', box: emBox(t) }))
      .filter((label) => label.box.width > 0);
    const clashes: string[] = [];
    labels.forEach((a, i) => {
      for (const b of labels.slice(i + 1)) {
        const dx = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const dy = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (dx > minOverlap && dy > minOverlap) clashes.push(`"${a.text}" × "${b.text}"`);
      }
    });
    return clashes;
  }, where);
}
