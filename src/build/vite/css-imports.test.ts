import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineCssImports } from './css-imports.ts';

const dir = mkdtempSync(join(tmpdir(), 'kc-css-imports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('inlineCssImports(file)', () => {
  it('puts each imported file in place of its @import, in order, and their imports in turn', () => {
    write('a.css', 'a {\n}\n');
    write('b.css', "@import './c.css';\nb {\n}\n");
    write('c.css', 'c {\n}\n');
    const main = write('main.css', "/* main */\n@import './a.css';\n@import './b.css';\n");
    expect(inlineCssImports(main)).toBe('/* main */\na {\n}\nc {\n}\nb {\n}\n');
  });

  it('fails on an @import of any other form', () => {
    write('d.css', 'd {\n}\n');
    for (const line of ["@import './d.css' print;", '@import url(./d.css);', '@import "./d.css";', "@import '../d.css';"]) {
      expect(() => inlineCssImports(write('bad.css', `${line}\n`)), line).toThrow(/only @import/);
    }
  });

  it('leaves the handout’s stylesheet with no @import', () => {
    const css = inlineCssImports(resolve(import.meta.dirname, '../../styles/handout.css'));
    expect(css).not.toContain('@import');
    expect(css).toContain('@page');
    expect(css).toContain('.endnotes');
    expect(css).toContain('@media print');
  });
});
