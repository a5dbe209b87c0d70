/**
 * Estimated metrics, in em, of the sans-serif UI font the charts set text in (system-ui, PingFang SC,
 * Noto Sans CJK SC). Layouts run without a DOM, so they place text by these numbers; textWidth holds
 * the advance widths.
 */

/** How far glyphs reach above the baseline (caps and CJK ideographs). */
export const ASCENT = 0.82;
/** How far capitals and figures reach above the baseline (ASCENT also covers ideographs and accents). */
export const CAP_HEIGHT = 0.8;
/** From the top of the glyphs to the bottom of descenders: ASCENT and 0.25 em below the baseline. */
export const GLYPH_HEIGHT = 1.07;
/** How far below the vertical centre of a line of text its baseline sits. */
export const CENTRE_TO_BASELINE = 0.36;
/** The height of one line in a block of lines. */
export const LINE_HEIGHT = 1.2;
/** How far below the top of a line (LINE_HEIGHT high) its baseline sits. */
export const LINE_BASELINE = 0.885;
/** How much wider bold text sets than regular. */
export const BOLD_WIDTH = 1.06;
/** Widths are estimates: text that must never be clipped is given this much more room than textWidth says. */
export const WIDTH_SLACK = 1.1;
