/** Townships datasets (`"type": "townships"`): the district's divisions with their codes, counts and tile positions. */
import { show } from '../data-error.ts';
import {
  bilingual,
  datasetId,
  expected,
  items,
  notes,
  number,
  oneOf,
  problem,
  schemaPointer,
  sourceRef,
  strict,
  text,
  title,
  typeField,
} from './fields.ts';

/** An NBS division code of the given number of digits. */
const code = (digits: number) => text.regex(new RegExp(`^\\d{${digits}}$`), { error: expected(`a ${digits}-digit division code`) });

const COUNT = expected('a whole number ≥ 0');
/** A whole number ≥ 0 (a count, a tile's column or row). */
const count = number.int({ error: COUNT }).min(0, { error: COUNT });

const township = strict({
  code: code(9).describe('The NBS division code, 9 digits, within the district’s.'),
  name: bilingual.describe('The full name.'),
  short: bilingual.describe('The name without its type (航埠, Hangbu); soft hyphens (U+00AD) in English mark where a label may break.'),
  type: oneOf(['subdistrict', 'town', 'township']).describe('街道 (subdistrict), 镇 (town) or 乡 (township).'),
  villages: count.describe('Village committees (村委会).'),
  communities: count.describe('Residents’ committees (居委会, 社区).'),
  tile: strict({ col: count.describe('The column.'), row: count.describe('The row.') }).describe(
    'The cell in the schematic tile map, arranged by rough position.',
  ),
  ...sourceRef,
});

export const townshipsFile = strict({
  $schema: schemaPointer('townships'),
  type: typeField('townships'),
  id: datasetId,
  title,
  notes,
  area: strict({ code: code(6).describe('The district’s NBS code, 6 digits.'), ...sourceRef }).describe(
    'The district the units belong to.',
  ),
  units: items(township).describe('The township-level units (written by npm run data:geo).'),
})
  .check((payload) => {
    const { area, units } = payload.value;
    const codes = new Map<string, number>();
    const cells = new Map<string, number>();
    units.forEach((u, i) => {
      if (!u.code.startsWith(area.code))
        problem(payload, ['units', i, 'code'], u.code, `expected a code within the district ${area.code}, got ${show(u.code)}`);
      const first = codes.get(u.code);
      if (first === undefined) codes.set(u.code, i);
      else problem(payload, ['units', i, 'code'], u.code, `duplicate code "${u.code}" (already used at units[${first}])`);
      const cell = `${u.tile.col},${u.tile.row}`;
      const other = cells.get(cell);
      if (other === undefined) cells.set(cell, i);
      else problem(payload, ['units', i, 'tile'], u.tile, `tile (${cell}) is already taken by units[${other}]`);
    });
  })
  .meta({ title: 'A townships dataset', description: 'A district’s township-level units, their committees and tile-map cells.' });
