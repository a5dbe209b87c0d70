import type { Figure, FiguresDataset } from '../../model/types.ts';
import type { FigureRef } from './views.ts';

/** The figure a reference names, or an error naming what is missing. */
export function resolveFigure(datasets: Record<string, FiguresDataset>, ref: FigureRef): Figure {
  const dataset = datasets[ref.dataset];
  if (!dataset) throw new Error(`kc-figures: no dataset "${ref.dataset}"`);
  const figure = dataset.figures.find((f) => f.id === ref.figure);
  if (!figure) throw new Error(`kc-figures: dataset "${ref.dataset}" has no figure "${ref.figure}"`);
  return figure;
}
