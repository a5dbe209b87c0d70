import type { Size } from '../kit/size.ts';
import type { FiguresDataset, Lang } from '../../model/types.ts';
import type { FiguresModel, FigureTile } from './model.ts';
import { figuresText } from './text.ts';
import { resolveTiles } from './resolve.ts';
import { layoutTile } from './tile.ts';
import { FIGURES_VIEWS, type View } from './views.ts';

export type { FiguresModel } from './model.ts';
export { resolveFigure } from './resolve.ts';

/** Plots narrower than this get two columns. */
export const PHONE = 520;
const GAP = 12;
/** A compact tile: the value and one line of label. */
const MIN_TILE = 40;

/** Columns for n tiles: two on phones; on wider plots three or four, whichever leaves fewer empty cells. */
export function columnsFor(n: number, width: number): number {
  if (width < PHONE) return Math.min(2, n);
  if (n <= 3) return n;
  const empty = (c: number) => (c - (n % c)) % c;
  return empty(4) <= empty(3) ? 4 : 3;
}

/** Geometry and text of kc-figures for a view at a size (pure). */
export function layoutFigures(datasets: Record<string, FiguresDataset>, view: View, size: Size, lang: Lang): FiguresModel {
  const { width, height } = size;
  const config = FIGURES_VIEWS[view];
  const figures = resolveTiles(datasets, config);
  const cols = columnsFor(figures.length, width);
  const rows = Math.ceil(figures.length / cols);
  const tileW = (width - (cols - 1) * GAP) / cols;
  // Tiles share the height, but grow no taller than a little more than they are wide; the grid is centred in a
  // taller plot. On a plot too small for the tiles (a phone at 200 % zoom) they keep a legible minimum and run
  // past its foot.
  const tileH = Math.max(MIN_TILE, Math.min((height - (rows - 1) * GAP) / rows, Math.max(150, tileW * 1.1), 240));
  const top = Math.max(0, (height - rows * tileH - (rows - 1) * GAP) / 2);
  const tiles: FigureTile[] = figures.map(({ ref, figure, latest }, i) => {
    const col = i % cols;
    const row = Math.floor(i / cols);
    return layoutTile(
      figure,
      `fig-${ref.dataset}-${ref.figure}`,
      col * (tileW + GAP),
      top + row * (tileH + GAP),
      tileW,
      tileH,
      lang,
      latest,
    );
  });
  return { text: figuresText(datasets, view, lang), width, height, tiles, minHeight: rows * MIN_TILE + (rows - 1) * GAP };
}
