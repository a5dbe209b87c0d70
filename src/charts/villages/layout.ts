import type { Size } from '../kit/size.ts';
import type { Lang } from '../../model/types.ts';
import type { TextMark } from '../kit/geometry/text-mark.ts';
import { wrapText } from '../kit/geometry/wrap-text.ts';
import { villageCounts, type VillageFigures } from '../../model/villages.ts';
import type { KeySwatch, VillageUnit, VillagesModel } from './model.ts';
import { headerLines, villagesText } from './text.ts';
import { VIEWS, type Tier, type View } from './views.ts';

export type { VillagesModel } from './model.ts';

const HEADER_SIZE = 14;
const HEADER_LINE = 20;
const SWATCH = 12;
/** Units grow no larger than this, so 211 of them still read as a crowd on a wide screen. */
const MAX_UNIT = 26;

export interface Grid {
  cols: number;
  rows: number;
  cell: number;
}

/**
 * The grid of n square cells, row by row, with the largest cell that fits width × height (pure). Once cells
 * reach their largest size, the grid takes the shape closest to the space's, rather than a tall column.
 */
export function unitGrid(n: number, width: number, height: number): Grid {
  const shape = width / height;
  const misfit = (g: Grid) => Math.abs(Math.log(g.cols / g.rows / shape));
  let best: Grid = { cols: n, rows: 1, cell: Math.min(width / n, height, MAX_UNIT) };
  for (let cols = 1; cols <= n; cols++) {
    const rows = Math.ceil(n / cols);
    const grid = { cols, rows, cell: Math.min(width / cols, height / rows, MAX_UNIT) };
    if (grid.cell > best.cell + 1e-9 || (Math.abs(grid.cell - best.cell) < 1e-9 && misfit(grid) < misfit(best))) best = grid;
  }
  return best;
}

const wrapHeader = (line: string, i: number, width: number) => wrapText(line, width - SWATCH - 8, HEADER_SIZE, 2, i === 0);

function tierOf(view: View, index: number, upper: number): Tier {
  if (view === 'floor-2021') return 'floor';
  return index < upper ? 'upper' : 'base';
}

/** Geometry and text of kc-village-chart: a header line per tier, then one square per village (pure). */
export function layoutVillages(figures: VillageFigures, view: View, size: Size, lang: Lang): VillagesModel {
  const { width, height } = size;
  const { total, upper } = villageCounts(figures);
  const labels: TextMark[] = [];
  const swatches: KeySwatch[] = [];
  const tiers: Tier[] = view === 'floor-2021' ? ['floor'] : ['upper', 'base'];
  let y = 0;
  headerLines(figures, view, lang).forEach((line, i) => {
    const tier = tiers[i] ?? 'floor';
    const lines = wrapHeader(line, i, width);
    swatches.push({ k: `key-${i}`, x: 0, y: y + HEADER_LINE / 2 - SWATCH / 2 - 1, size: SWATCH, tier });
    lines.forEach((text, li) => {
      labels.push({
        k: `head-${i}${li ? `-${li}` : ''}`,
        x: SWATCH + 8,
        y: y + 15 + li * HEADER_LINE,
        text,
        size: HEADER_SIZE,
        bold: i === 0,
      });
    });
    y += lines.length * HEADER_LINE;
  });
  // The grid starts below the tallest header of any view, so every view at a size has the same grid and a
  // step recolours the squares rather than moving them.
  const tallest = Math.max(
    ...VIEWS.map((v) => headerLines(figures, v, lang).reduce((h, line, i) => h + wrapHeader(line, i, width).length, 0)),
  );
  const top = Math.max(y, tallest * HEADER_LINE) + 10;
  const grid = unitGrid(total, width, Math.max(40, height - top));
  const gap = Math.max(1, Math.round(grid.cell * 0.18));
  const units: VillageUnit[] = Array.from({ length: total }, (_, i) => ({
    k: `village-${i}`,
    x: (i % grid.cols) * grid.cell,
    y: top + Math.floor(i / grid.cols) * grid.cell,
    size: grid.cell - gap,
    tier: tierOf(view, i, upper),
  }));
  return { text: villagesText(figures, view, lang), width, height, units, swatches, labels };
}
