/** Figures datasets (`"type": "figures"`): single headline numbers, each with its year, unit and source. */
import {
  bilingual,
  bound,
  datasetId,
  id,
  items,
  notes,
  number,
  pointKind,
  schemaPointer,
  sourceRef,
  strict,
  title,
  typeField,
  uniqueIds,
  year,
} from './fields.ts';
import { inUnit, unitKind } from './units.ts';

const figure = strict({
  id: id.describe('The figure’s id, unique in the dataset (a story token names it: {place:area}).'),
  label: bilingual.describe('What the figure counts.'),
  year: year.describe('The year the figure is for.'),
  value: number.describe('The value, in the figure’s unit.'),
  unit: unitKind,
  bound: bound.optional(),
  kind: pointKind,
  note: bilingual.optional().describe('A note on this figure.'),
  ...sourceRef,
}).check((payload) => inUnit(payload, payload.value.value, payload.value.unit, ['value']));

export const figuresFile = strict({
  $schema: schemaPointer('figures'),
  type: typeField('figures'),
  id: datasetId,
  title,
  notes,
  figures: items(figure).describe('The figures: a target, a record, a fact of place.'),
})
  .check((payload) => uniqueIds(payload, payload.value.figures, ['figures']))
  .meta({ title: 'A figures dataset', description: 'Stated figures that are not part of a time series, each with its source.' });
