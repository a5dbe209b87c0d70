import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from './json-schema.ts';

const ROOT = resolve(import.meta.dirname, '../../../..');
const emitted = jsonSchemaFiles();
const read = (file: string): string | undefined => (existsSync(join(ROOT, file)) ? readFileSync(join(ROOT, file), 'utf8') : undefined);

type Node = Record<string, unknown>;
/** Every object schema inside `node`, at any depth. */
function objectsIn(node: unknown): Node[] {
  if (Array.isArray(node)) return node.flatMap(objectsIn);
  if (typeof node !== 'object' || node === null) return [];
  const o = node as Node;
  return [...(o.type === 'object' ? [o] : []), ...Object.values(o).flatMap(objectsIn)];
}

describe('the JSON Schemas in data/schema/', () => {
  it.each(Object.keys(emitted))('%s is what the zod schemas emit', (file) => {
    expect(read(file), `${file} is out of date: run npm run data:schema`).toBe(emitted[file]);
  });

  it('are all written from the zod schemas (none is left over)', () => {
    const onDisk = readdirSync(join(ROOT, 'data/schema')).map((name) => `data/schema/${name}`);
    expect(onDisk.sort(), 'run npm run data:schema and remove the others').toEqual(Object.keys(emitted).sort());
  });

  it('each data file names the schema of its type in its first field', () => {
    for (const name of readdirSync(join(ROOT, 'data')).filter((n) => n.endsWith('.json'))) {
      const text = read(`data/${name}`) ?? '';
      const type = name === 'sources.json' ? 'sources' : (JSON.parse(text) as { type: string }).type;
      expect(text.startsWith(`{\n  "$schema": "./schema/${type}.schema.json",\n`), `data/${name}`).toBe(true);
      expect(emitted[`data/schema/${type}.schema.json`], `data/${name}`).toBeDefined();
    }
  });

  it('tell an editor the fields, their values and what they mean', () => {
    const series = JSON.parse(emitted['data/schema/series.schema.json'] ?? '{}') as Node;
    const point = objectsIn(series).find((o) => Object.hasOwn(o.properties as Node, 'kind')) ?? {};
    const fields = point.properties as Record<string, Node>;
    expect(fields.kind?.enum).toEqual(['actual', 'estimate', 'target']);
    expect(fields.year).toMatchObject({ type: 'integer', minimum: 1949, maximum: 2100 });
    expect(fields.value?.description).toBe('The value, in the dataset’s unit.');
    expect(point.required).toEqual(['year', 'value', 'kind', 'source', 'locator']);
    for (const [file, text] of Object.entries(emitted)) {
      const objects = objectsIn(JSON.parse(text));
      expect(objects.filter((o) => o.additionalProperties !== false).length, `${file}: an object open to unknown fields`).toBe(0);
    }
  });
});
