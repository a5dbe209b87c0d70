/** Plan-targets datasets (`"type": "plan-targets"`): a plan's indicators by group, each with base, target and result cells. */
import * as z from 'zod';
import { quoted } from '../data-error.ts';
import {
  bilingual,
  datasetId,
  expected,
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
  year,
} from './fields.ts';
import { unitKind } from './units.ts';

const cell = strict({
  value: number.optional().describe('The number in the cell.'),
  text: bilingual.optional().describe('What the table says instead of a number ("与GDP增速同步").'),
  unpublished: z
    .literal(true, { error: expected('true (the table\'s "*")') })
    .optional()
    .describe('The table’s "*": the figure had not yet been published.'),
  ...sourceRef,
}).check((payload) => {
  const { value, text, unpublished } = payload.value;
  const given = [value, text, unpublished].filter((x) => x !== undefined).length;
  if (given !== 1)
    problem(payload, [], payload.value, `expected exactly one of "value", "text" or "unpublished", got ${given === 0 ? 'none' : given}`);
});

const indicator = strict({
  id: id.describe('The indicator’s id, unique in the dataset.'),
  group: id.describe('The id of one of the dataset’s groups (the table’s 一级指标).'),
  name: bilingual.describe('The indicator’s name.'),
  unit: bilingual.describe('The unit as the table prints it.'),
  format: unitKind.optional().describe('How the row’s numbers are formatted; absent, a number is written with "unit".'),
  measure: oneOf(['growth']).optional().describe('growth: the row’s numbers are growth rates in % (the base cell is that year’s growth).'),
  base: cell.optional().describe('The base-year cell; absent when the table leaves it empty.'),
  target: cell.describe('The target-year cell.'),
  result: cell.optional().describe('The target year’s result, when a source reports it.'),
  attribute: oneOf(['expected', 'binding']).describe('预期性 (expected: an indicative goal) or 约束性 (binding).'),
  note: bilingual.optional().describe('A note on this indicator.'),
  ...sourceRef,
});

const group = strict({ id: id.describe('The group’s id.'), label: bilingual.describe('The group’s name.') });

export const planTargetsFile = strict({
  $schema: schemaPointer('plan-targets'),
  type: typeField('plan-targets'),
  id: datasetId,
  title,
  notes,
  baseYear: year.describe('The plan’s base year.'),
  targetYear: year.describe('The plan’s target year, after the base year.'),
  groups: items(group).describe('The table’s groups (一级指标), in order.'),
  indicators: items(indicator).describe('The table’s rows, in order.'),
})
  .check((payload) => {
    const { baseYear, targetYear, groups, indicators } = payload.value;
    if (targetYear <= baseYear)
      problem(payload, ['targetYear'], targetYear, `expected a year after "baseYear" (${baseYear}), got ${targetYear}`);
    uniqueIds(payload, groups, ['groups']);
    uniqueIds(payload, indicators, ['indicators']);
    const ids = groups.map((g) => g.id);
    indicators.forEach((indicator, i) => {
      if (!ids.includes(indicator.group)) {
        problem(
          payload,
          ['indicators', i, 'group'],
          indicator.group,
          `unknown group "${indicator.group}" (expected one of ${quoted(ids)})`,
        );
      }
    });
  })
  .meta({
    title: 'A plan-targets dataset',
    description: 'A plan’s main indicators, each with its base, target and (once published) result.',
  });
