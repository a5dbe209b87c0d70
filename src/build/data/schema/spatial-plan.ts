/** Spatial-plan datasets (`"type": "spatial-plan"`): cores, axes and zones placed as shares of the outline's bounding box. */
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
} from './fields.ts';

const SHARE = expected("a share of the outline's bounding box from 0 to 1");
/** A share of a bounding box, from 0 to 1. */
const share = number.min(0, { error: SHARE }).max(1, { error: SHARE });

const x = share.describe('From the west edge (0) to the east (1).');
const y = share.describe('From the north edge (0) to the south (1).');
const at = strict({ x, y });

const place = strict({
  id: id.describe('The place’s id, unique in its element.'),
  kind: oneOf(['mountain', 'village']),
  label: bilingual.describe('The place’s name.'),
  at: at.describe('Where the place lies.'),
});

const ellipse = strict({ x, y, rx: share.describe('The horizontal radius.'), ry: share.describe('The vertical radius.') });

const KINDS = ['core', 'sub-core', 'axis', 'zone'] as const;
/** The fields each kind of plan element must carry; any other of at, from, to, areas, places is an error. */
const PLAN_SHAPE: Record<(typeof KINDS)[number], readonly ('at' | 'from' | 'to' | 'areas' | 'places')[]> = {
  core: ['at'],
  'sub-core': ['at'],
  axis: ['from', 'to'],
  zone: ['areas', 'places'],
};

const element = strict({
  id: id.describe('The element’s id, unique in the dataset.'),
  kind: oneOf(KINDS).describe('A core or sub-core has "at"; an axis "from" and "to"; a zone "areas" and "places".'),
  label: bilingual.describe('The element’s name.'),
  detail: bilingual.describe('What the plan says of it.'),
  at: at.optional().describe('Cores: where the core lies.'),
  from: id.optional().describe('Axes: the id of the core it starts from.'),
  to: id.optional().describe('Axes: the id of the core it leads to.'),
  areas: items(ellipse).optional().describe('Zones: ellipses, centre and radii as shares of the bounding box.'),
  places: items(place).optional().describe('Zones: the places the zone is built around.'),
  ...sourceRef,
}).check((payload) => {
  const e = payload.value;
  const wanted = PLAN_SHAPE[e.kind];
  for (const key of ['at', 'from', 'to', 'areas', 'places'] as const) {
    if (wanted.includes(key) && e[key] === undefined) problem(payload, [key], undefined, 'missing required field');
    if (!wanted.includes(key) && e[key] !== undefined)
      problem(payload, [key], e[key], `not a field of a ${e.kind} (a ${e.kind} has ${quoted(wanted)})`);
  }
});

export const spatialPlanFile = strict({
  $schema: schemaPointer('spatial-plan'),
  type: typeField('spatial-plan'),
  id: datasetId,
  title,
  notes,
  elements: items(element).describe('The plan’s cores, axes and zones (schematic positions).'),
})
  .check((payload) => {
    const { elements } = payload.value;
    uniqueIds(payload, elements, ['elements']);
    elements.forEach((e, i) => uniqueIds(payload, e.places ?? [], ['elements', i, 'places']));
    const cores = elements.filter((e) => e.kind === 'core' || e.kind === 'sub-core').map((e) => e.id);
    elements.forEach((e, i) => {
      for (const end of ['from', 'to'] as const) {
        const core = e[end];
        if (core !== undefined && !cores.includes(core))
          problem(payload, ['elements', i, end], core, `unknown core "${core}" (expected one of ${quoted(cores)})`);
      }
    });
  })
  .meta({ title: 'A spatial-plan dataset', description: 'A plan’s spatial structure as a schematic on the district’s outline.' });
