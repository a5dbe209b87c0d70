/** Structure datasets: the three sectors' shares of the economy, one entry per year. */
import type { StructureDataset, StructureEntry } from '../../model/types.ts';
import { at, POINT_KINDS, withOptional, type Json, type Reader } from './reader.ts';

/** Shares in a structure entry must add up to 100 within this tolerance (rounding in the source). */
export const SHARE_TOLERANCE = 0.6;
const ENTRY_FIELDS: Record<keyof StructureEntry, true> = {
  id: true, label: true, year: true, kind: true, primary: true, secondary: true, tertiary: true,
  source: true, locator: true, quote: true,
};
export const STRUCTURE_FIELDS: Record<keyof StructureDataset, true> = {
  type: true, id: true, title: true, notes: true, entries: true,
};

function readEntry(r: Reader, v: unknown, path: string): StructureEntry {
  const o = r.object(v, path, ENTRY_FIELDS);
  const share = (key: 'primary' | 'secondary' | 'tertiary'): number => {
    const n = r.number(r.need(o, key, path), at(path, key));
    if (n < 0 || n > 100) r.fail(at(path, key), `expected a share from 0 to 100, got ${n}`);
    return n;
  };
  const primary = share('primary');
  const secondary = share('secondary');
  const tertiary = share('tertiary');
  const sum = primary + secondary + tertiary;
  if (Math.abs(sum - 100) > SHARE_TOLERANCE) {
    r.fail(path, `shares sum to ${Number(sum.toFixed(2))}, expected 100 ± ${SHARE_TOLERANCE}`);
  }
  return {
    id: r.id(r.need(o, 'id', path), at(path, 'id')),
    label: r.bilingual(r.need(o, 'label', path), at(path, 'label')),
    year: r.year(r.need(o, 'year', path), at(path, 'year')),
    kind: r.oneOf(r.need(o, 'kind', path), at(path, 'kind'), POINT_KINDS),
    primary,
    secondary,
    tertiary,
    ...r.sourceRef(o, path),
  };
}

export function readStructure(r: Reader, o: Json): StructureDataset {
  return withOptional<StructureDataset>(
    {
      type: 'structure',
      id: r.id(o.id, 'id'),
      title: r.bilingual(r.need(o, 'title', ''), 'title'),
      entries: r.items(r.need(o, 'entries', ''), 'entries', (v, p) => readEntry(r, v, p)),
    },
    { notes: r.notes(o, '') },
  );
}
