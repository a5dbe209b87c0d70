/**
 * `npm run data:check`: everything the build checks of data/ and the stories' tokens, then what changed in the
 * figures since the last commit, as lines ready for the corrections log (docs/UPDATING.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadData, loadStory } from '../story/load-story.ts';
import { changeLine, figureChanges } from './changes.ts';

/** The data files as the build reads them: `data/<name>.json` → parsed JSON. */
export function dataFiles(root: string): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const name of readdirSync(join(root, 'data')).filter((n) => n.endsWith('.json'))) {
    files[`data/${name}`] = JSON.parse(readFileSync(join(root, 'data', name), 'utf8')) as unknown;
  }
  return files;
}

/**
 * Validates every data file and builds every story in both languages (a token that no longer resolves fails here,
 * naming the story file and the step), then compares the figures with `previous`. Throws the build's own error.
 */
export function checkData(root: string, previous: Record<string, unknown>): string[] {
  const data = loadData(root);
  for (const id of readdirSync(join(root, 'stories'), { withFileTypes: true }).filter((d) => d.isDirectory())) {
    loadStory(root, id.name, data);
  }
  return figureChanges(previous, dataFiles(root)).map(changeLine);
}
