/** Structure datasets (`"type": "structure"`): the three sectors' shares of the economy, one entry per year. */
import {
  bilingual,
  datasetId,
  expected,
  id,
  items,
  notes,
  number,
  pointKind,
  problem,
  schemaPointer,
  sourceRef,
  strict,
  title,
  typeField,
  uniqueIds,
  year,
} from './fields.ts';

/** Shares in a structure entry must add up to 100 within this tolerance (rounding in the source). */
export const SHARE_TOLERANCE = 0.6;

const SHARE = expected('a share from 0 to 100');
const share = number.min(0, { error: SHARE }).max(100, { error: SHARE });

const entry = strict({
  id: id.describe('The entry’s id, unique in the dataset.'),
  label: bilingual.describe('The bar’s label.'),
  year: year.describe('The year of the shares.'),
  kind: pointKind,
  primary: share.describe('The primary sector’s share, in percent.'),
  secondary: share.describe('The secondary sector’s share, in percent.'),
  tertiary: share.describe('The tertiary sector’s share, in percent.'),
  ...sourceRef,
}).check((payload) => {
  const { primary, secondary, tertiary } = payload.value;
  const sum = primary + secondary + tertiary;
  if (Math.abs(sum - 100) > SHARE_TOLERANCE) {
    problem(payload, [], payload.value, `shares sum to ${Number(sum.toFixed(2))}, expected 100 ± ${SHARE_TOLERANCE}`);
  }
});

export const structureFile = strict({
  $schema: schemaPointer('structure'),
  type: typeField('structure'),
  id: datasetId,
  title,
  notes,
  entries: items(entry).describe('One stacked bar each: the three sectors’ shares, adding up to 100.'),
})
  .check((payload) => uniqueIds(payload, payload.value.entries, ['entries']))
  .meta({ title: 'A structure dataset', description: 'The three sectors’ shares of the economy, one entry per year.' });
