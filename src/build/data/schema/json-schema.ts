/**
 * The data files' JSON Schemas, for editors: each data file names its own in "$schema", so an editor completes
 * field names, offers a unit's or a kind's values, shows each field's description and marks unknown fields.
 * `npm run data:schema` writes them from the zod schemas; json-schema.test.ts fails when one is out of date.
 * They describe each file's fields; the rules across fields (unique ids, a value within its unit) are the build's.
 */
import * as z from 'zod';
import { DATA_FILES } from './files.ts';

/** Each JSON Schema's text, by its path from the repository's root (`data/schema/<name>.schema.json`). */
export function jsonSchemaFiles(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(DATA_FILES).map(([name, schema]) => {
      // draft-07: the draft editors support best (VS Code, JetBrains).
      const json = z.toJSONSchema(schema, { target: 'draft-07', io: 'input' });
      return [`data/schema/${name}.schema.json`, `${JSON.stringify(json, null, 2)}\n`];
    }),
  );
}
