/** Scorecard datasets (`"type": "scorecard"`): the 13th plan's indicators by category, each a row of cells. */
import { quoted } from '../data-error.ts';
import {
  bilingual,
  bound,
  datasetId,
  id,
  items,
  notes,
  number,
  oneOf,
  problem,
  schemaPointer,
  sourceRef,
  strict,
  title,
  typeField,
  uniqueIds,
} from './fields.ts';

const cell = strict({
  value: number.optional().describe('The number in the cell.'),
  bound: bound.optional(),
  text: bilingual.optional().describe('What the table shows when the source states no plain number (or qualifies it).'),
}).check((payload) => {
  const { value, bound, text } = payload.value;
  if (value === undefined && text === undefined) problem(payload, [], payload.value, 'expected "value", "text" or both, got neither');
  if (bound !== undefined && value === undefined) problem(payload, ['bound'], bound, 'a bound needs a "value"');
});

const indicator = strict({
  id: id.describe('The indicator’s id, unique in the dataset.'),
  category: id.describe('The id of one of the dataset’s categories.'),
  name: bilingual.describe('The indicator’s name.'),
  unit: bilingual.describe('The unit as the table prints it.'),
  base2015: cell.describe('The 2015 base.'),
  target2020: cell.optional().describe('The plan’s 2020 level target.'),
  targetGrowth: cell.optional().describe('The plan’s average annual (or cumulative) growth target, in percent.'),
  value2020: cell.optional().describe('The 2020 result.'),
  achievedGrowth: cell.optional().describe('The achieved growth, in percent.'),
  status: oneOf(['met', 'missed', 'unpublished']).describe('Whether the target was met, as the source says.'),
  ...sourceRef,
});

const category = strict({ id: id.describe('The category’s id.'), label: bilingual.describe('The category’s name.') });

export const scorecardFile = strict({
  $schema: schemaPointer('scorecard'),
  type: typeField('scorecard'),
  id: datasetId,
  title,
  notes,
  categories: items(category).describe('The table’s categories, in order.'),
  indicators: items(indicator).describe('The table’s rows, in order.'),
})
  .check((payload) => {
    const { categories, indicators } = payload.value;
    uniqueIds(payload, categories, ['categories']);
    uniqueIds(payload, indicators, ['indicators']);
    const ids = categories.map((c) => c.id);
    indicators.forEach((indicator, i) => {
      if (!ids.includes(indicator.category)) {
        problem(
          payload,
          ['indicators', i, 'category'],
          indicator.category,
          `unknown category "${indicator.category}" (expected one of ${quoted(ids)})`,
        );
      }
    });
  })
  .meta({ title: 'A scorecard dataset', description: 'A plan’s indicators by category: base, targets, results and status.' });
