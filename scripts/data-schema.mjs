#!/usr/bin/env node
// Writes data/schema/<name>.schema.json, the JSON Schema each data file names in "$schema", from the zod schemas in
// src/build/data/schema/; src/build/data/schema/json-schema.test.ts fails when one is out of date.
// Usage: npm run data:schema
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { module } = await runnerImport(path.join(root, 'src/build/data/schema/json-schema.ts'), {
  root,
  configFile: false,
  logLevel: 'error',
});
await mkdir(path.join(root, 'data/schema'), { recursive: true });
for (const [file, text] of Object.entries(module.jsonSchemaFiles())) {
  const before = await readFile(path.join(root, file), 'utf8').catch(() => undefined);
  if (before === text) {
    console.log(`${file}: up to date`);
  } else {
    await writeFile(path.join(root, file), text);
    console.log(`${file}: written`);
  }
}
