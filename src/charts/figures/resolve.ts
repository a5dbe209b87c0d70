import type { Figure, FiguresDataset } from '../../model/types.ts';
import type { FigureRef, FiguresView } from './views.ts';

/** The figure a reference names, or an error naming what is missing. */
export function resolveFigure(datasets: Record<string, FiguresDataset>, ref: FigureRef): Figure {
  const dataset = datasets[ref.dataset];
  if (!dataset) throw new Error(`kc-figures: no dataset "${ref.dataset}"`);
  const figure = dataset.figures.find((f) => f.id === ref.figure);
  if (!figure) throw new Error(`kc-figures: dataset "${ref.dataset}" has no figure "${ref.figure}"`);
  return figure;
}

/** A view's tiles: each figure it shows, with the latest figure of the same indicator where the view names one. */
export function resolveTiles(
  datasets: Record<string, FiguresDataset>,
  view: FiguresView,
): { ref: FigureRef; figure: Figure; latest?: Figure }[] {
  return view.figures.map((ref) => {
    const latest = view.latest?.[ref.figure];
    return { ref, figure: resolveFigure(datasets, ref), ...(latest ? { latest: resolveFigure(datasets, latest) } : {}) };
  });
}
