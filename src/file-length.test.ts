/**
 * No file in src/ (TypeScript or CSS) is over 300 lines without its reason written at its top: a comment in its
 * first three lines that says "Over 300 lines on purpose: …" and why. Otherwise split it into files of one concept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname);
const ROOT = resolve(SRC, '..');
const MAX_LINES = 300;
const REASON = 'Over 300 lines on purpose';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|css)$/.test(entry.name) ? [path] : [];
  });
}

/** Lines as `wc -l` counts them: a last line without its newline counts too. */
function lineCount(text: string): number {
  if (!text) return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** Whether one of the first three lines is a comment (`//`, `/*` or a block's ` *`) that gives the reason. */
function givesReason(text: string): boolean {
  return text
    .split('\n')
    .slice(0, 3)
    .some((line) => /^\s*(\/\/|\/\*|\*)/.test(line) && line.includes(REASON));
}

/** The files over the limit with no reason at their top, as `path: n lines`. */
function unexplained(files: string[]): string[] {
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const lines = lineCount(text);
    return lines > MAX_LINES && !givesReason(text) ? [`${relative(ROOT, file)}: ${lines} lines`] : [];
  });
}

describe(`no file in src/ is over ${MAX_LINES} lines without a reason`, () => {
  it('every longer file says why at its top', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(100);
    const found = unexplained(files);
    if (found.length) {
      throw new Error(
        `Split these into files of one concept each, or write why not at the top (\`// ${REASON}: …\`, in CSS \`/* ${REASON}: … */\`):\n${found.join('\n')}`,
      );
    }
  });

  it('counts lines as wc -l does', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('a')).toBe(1);
    expect(lineCount('a\n')).toBe(1);
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\n\n')).toBe(2);
  });

  it('takes the reason only from a comment in the first three lines', () => {
    const body = 'x;\n'.repeat(MAX_LINES);
    expect(givesReason(`// ${REASON}: one table.\n${body}`)).toBe(true);
    expect(givesReason(`/* ${REASON}: one sheet. */\n${body}`)).toBe(true);
    expect(givesReason(`/**\n * ${REASON}: one table.\n */\n${body}`)).toBe(true);
    expect(givesReason(`import a from 'a';\nimport b from 'b';\n// ${REASON}: late.\n${body}`)).toBe(true);
    expect(givesReason(`import a from 'a';\nimport b from 'b';\nimport c from 'c';\n// ${REASON}: too late.\n${body}`)).toBe(false);
    expect(givesReason(`const note = '${REASON}';\n${body}`)).toBe(false);
    expect(givesReason(`// Long on purpose.\n${body}`)).toBe(false);
  });
});
