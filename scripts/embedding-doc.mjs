#!/usr/bin/env node
// Writes the per-chart part of EMBEDDING.md (every chart id, its views, a copy-paste example of each way)
// from the chart catalogue, so the document cannot drift from the code; src/build/docs/embedding-doc.test.ts fails
// when it has. Usage: node scripts/embedding-doc.mjs [--check]
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.join(root, 'EMBEDDING.md');
const { module } = await runnerImport(path.join(root, 'src/build/docs/embedding-doc.ts'), { root, configFile: false, logLevel: 'error' });
const before = await readFile(file, 'utf8');
const after = module.withChartsSection(before);
if (process.argv.includes('--check')) {
  if (after !== before) {
    console.error('EMBEDDING.md is out of date: run node scripts/embedding-doc.mjs');
    process.exitCode = 1;
  }
} else if (after !== before) {
  await writeFile(file, after);
  console.log('EMBEDDING.md: chart examples updated');
} else {
  console.log('EMBEDDING.md: up to date');
}
