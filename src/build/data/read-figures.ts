/** Figures datasets: single headline numbers, each with its year, unit and source. */
import type { Figure, FiguresDataset } from '../../model/types.ts';
import { at, BOUNDS, POINT_KINDS, UNIT_KINDS, withOptional, type Json, type Reader } from './reader.ts';

const FIGURE_FIELDS: Record<keyof Figure, true> = {
  id: true, label: true, year: true, value: true, unit: true, bound: true, kind: true, note: true,
  source: true, locator: true, quote: true,
};
export const FIGURES_FIELDS: Record<keyof FiguresDataset, true> = {
  type: true, id: true, title: true, notes: true, figures: true,
};

function readFigure(r: Reader, v: unknown, path: string): Figure {
  const o = r.object(v, path, FIGURE_FIELDS);
  const unit = r.oneOf(r.need(o, 'unit', path), at(path, 'unit'), UNIT_KINDS);
  return withOptional<Figure>(
    {
      id: r.id(r.need(o, 'id', path), at(path, 'id')),
      label: r.bilingual(r.need(o, 'label', path), at(path, 'label')),
      year: r.year(r.need(o, 'year', path), at(path, 'year')),
      value: r.inUnit(r.number(r.need(o, 'value', path), at(path, 'value')), at(path, 'value'), unit),
      unit,
      kind: r.oneOf(r.need(o, 'kind', path), at(path, 'kind'), POINT_KINDS),
      ...r.sourceRef(o, path),
    },
    {
      bound: r.opt(o, 'bound', path, (b, p) => r.oneOf(b, p, BOUNDS)),
      note: r.opt(o, 'note', path, (n, p) => r.bilingual(n, p)),
    },
  );
}

export function readFigures(r: Reader, o: Json): FiguresDataset {
  return withOptional<FiguresDataset>(
    {
      type: 'figures',
      id: r.id(o.id, 'id'),
      title: r.bilingual(r.need(o, 'title', ''), 'title'),
      figures: r.items(r.need(o, 'figures', ''), 'figures', (v, p) => readFigure(r, v, p)),
    },
    { notes: r.notes(o, '') },
  );
}
