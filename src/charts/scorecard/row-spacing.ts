/** The smallest tile a row of indicators draws. */
const MIN_TILE = 16;

/**
 * The line a category's name takes above its row of tiles, and the least gap between rows: the usual ones, or, on a
 * plot too short for them (a slide's chart beside a long text), closer ones, so the tiles stay inside the plot
 * rather than spill onto the frame's source line under it.
 */
export function rowSpacing(rows: number, height: number, usual: { head: number; gap: number }): { head: number; gap: number } {
  return rows * (usual.head + MIN_TILE) + (rows - 1) * usual.gap <= height ? usual : { head: 18, gap: 4 };
}
