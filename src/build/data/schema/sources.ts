/** data/sources.json: the documents every figure cites. */
import { bilingual, expected, id, items, schemaPointer, strict, text, uniqueIds } from './fields.ts';

const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const URL_RE = /^https?:\/\/\S+$/;

const source = strict({
  id: id.describe('The source’s id, which values cite.'),
  title: bilingual.describe('The document’s full title.'),
  short: bilingual.describe('A few words naming the source in a chart’s source line.'),
  issuer: bilingual.describe('Who issued it.'),
  date: text
    .regex(DATE, { error: expected('a date as YYYY, YYYY-MM or YYYY-MM-DD') })
    .describe('As precise as known: YYYY, YYYY-MM or YYYY-MM-DD.'),
  document: text.describe('The source document’s file name (NNN_<hash>.txt), or what else the source is.'),
  url: text
    .regex(URL_RE, { error: expected('an http(s) URL') })
    .optional()
    .describe('Where the source can be read.'),
  note: bilingual.optional().describe('Caveats: how the source was reached, how confident we are, what its date means.'),
});

export const sourcesFile = strict({
  $schema: schemaPointer('sources'),
  sources: items(source).describe('The sources, each with a unique id.'),
})
  .check((payload) => uniqueIds(payload, payload.value.sources, ['sources']))
  .meta({ title: 'The sources', description: 'The documents every value in data/ cites (data/sources.json).' });
