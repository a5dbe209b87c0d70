import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import archieml from 'archieml';
import { validateBundle } from '../data/validate.ts';
import type { DataBundle, Lang } from '../../model/types.ts';
import { buildStory, checkSameCorrections, checkSameSteps } from './build-story.ts';
import { StoryError } from './story-error.ts';
import type { Story } from './story-model.ts';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Reads and validates every data file under `root/data`. */
export function loadData(root: string): DataBundle {
  const files: Record<string, unknown> = {};
  for (const name of readdirSync(join(root, 'data'))
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const file = `data/${name}`;
    const text = readFileSync(join(root, file), 'utf8');
    try {
      files[file] = JSON.parse(text);
    } catch (error) {
      throw new StoryError(file, '(file)', `not valid JSON: ${(error as Error).message}`);
    }
  }
  return validateBundle(files);
}

/**
 * Parses the ArchieML text of a story file. Any problem throws a StoryError naming the file:
 * the archieml parser itself throws a bare TypeError on some keys (`constructor.prototype.x: 1`),
 * and a `__proto__` key would make it write into Object.prototype, so such text is refused first.
 */
export function parseStoryText(text: string, file: string): Record<string, unknown> {
  const lines = text.split(/\r\n|[\n\r\u2028\u2029]/);
  const line = lines.findIndex((l) => l.includes('__proto__'));
  if (line >= 0) throw new StoryError(file, `line ${line + 1}`, '"__proto__" is not allowed in a story file');
  try {
    return archieml.load(text);
  } catch (error) {
    throw new StoryError(file, '(file)', `not valid ArchieML: ${(error as Error).message}`);
  }
}

/**
 * Parses, validates and resolves a story in both languages; the Chinese text is the reference for step ids
 * and for the corrections log's dates and kinds.
 */
export function loadStory(root: string, id: string, data: DataBundle): Record<Lang, Story> {
  const [zh, en] = LANGS.map((lang) => {
    const file = `stories/${id}/${lang}.aml`;
    const text = readFileSync(join(root, file), 'utf8');
    return buildStory(parseStoryText(text, file), file, id, lang, data);
  }) as [Story, Story];
  checkSameSteps(zh, en, `stories/${id}/en.aml`);
  checkSameCorrections(zh, en, `stories/${id}/en.aml`);
  return { zh, en };
}
