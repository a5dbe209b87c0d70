/** Townships datasets: the district's divisions with their codes, counts and tile positions. */
import type { Township, TownshipType, TownshipsDataset } from '../../model/types.ts';
import { at, show, withOptional, type Json, type Reader } from './reader.ts';

const TOWNSHIP_TYPES: Record<TownshipType, true> = { subdistrict: true, town: true, township: true };
const TOWNSHIP_FIELDS: Record<keyof Township, true> = {
  code: true, name: true, short: true, type: true, villages: true, communities: true, tile: true, source: true, locator: true, quote: true,
};
export const TOWNSHIPS_FIELDS: Record<keyof TownshipsDataset, true> = {
  type: true, id: true, title: true, notes: true, area: true, units: true,
};
const AREA_FIELDS: Record<keyof TownshipsDataset['area'], true> = { code: true, source: true, locator: true, quote: true };
const TILE_FIELDS: Record<keyof Township['tile'], true> = { col: true, row: true };

/** An NBS division code of the given number of digits. */
function readCode(r: Reader, v: unknown, path: string, digits: number): string {
  const s = r.string(v, path);
  if (!new RegExp(`^\\d{${digits}}$`).test(s)) r.fail(path, `expected a ${digits}-digit division code, got ${show(s)}`);
  return s;
}

/** A whole number ≥ 0 (a count, a tile's column or row). */
function readCount(r: Reader, v: unknown, path: string): number {
  const n = r.number(v, path);
  if (!Number.isInteger(n) || n < 0) r.fail(path, `expected a whole number ≥ 0, got ${n}`);
  return n;
}

function readTownship(r: Reader, v: unknown, path: string, area: string): Township {
  const o = r.object(v, path, TOWNSHIP_FIELDS);
  const code = readCode(r, r.need(o, 'code', path), at(path, 'code'), 9);
  if (!code.startsWith(area)) r.fail(at(path, 'code'), `expected a code within the district ${area}, got ${show(code)}`);
  const tilePath = at(path, 'tile');
  const tile = r.object(r.need(o, 'tile', path), tilePath, TILE_FIELDS);
  return {
    code,
    name: r.bilingual(r.need(o, 'name', path), at(path, 'name')),
    short: r.bilingual(r.need(o, 'short', path), at(path, 'short')),
    type: r.oneOf(r.need(o, 'type', path), at(path, 'type'), TOWNSHIP_TYPES),
    villages: readCount(r, r.need(o, 'villages', path), at(path, 'villages')),
    communities: readCount(r, r.need(o, 'communities', path), at(path, 'communities')),
    tile: {
      col: readCount(r, r.need(tile, 'col', tilePath), at(tilePath, 'col')),
      row: readCount(r, r.need(tile, 'row', tilePath), at(tilePath, 'row')),
    },
    ...r.sourceRef(o, path),
  };
}

export function readTownships(r: Reader, o: Json): TownshipsDataset {
  const a = r.object(r.need(o, 'area', ''), 'area', AREA_FIELDS);
  const area = { code: readCode(r, r.need(a, 'code', 'area'), 'area.code', 6), ...r.sourceRef(a, 'area') };
  const units = r.array(r.need(o, 'units', ''), 'units').map((u, i) => readTownship(r, u, at('units', i), area.code));
  const codes = new Map<string, number>();
  const cells = new Map<string, number>();
  units.forEach((u, i) => {
    const code = codes.get(u.code);
    if (code !== undefined) r.fail(at(at('units', i), 'code'), `duplicate code "${u.code}" (already used at units[${code}])`);
    codes.set(u.code, i);
    const cell = `${u.tile.col},${u.tile.row}`;
    const other = cells.get(cell);
    if (other !== undefined) r.fail(at(at('units', i), 'tile'), `tile (${cell}) is already taken by units[${other}]`);
    cells.set(cell, i);
  });
  return withOptional<TownshipsDataset>(
    { type: 'townships', id: r.id(o.id, 'id'), title: r.bilingual(r.need(o, 'title', ''), 'title'), area, units },
    { notes: r.notes(o, '') },
  );
}
