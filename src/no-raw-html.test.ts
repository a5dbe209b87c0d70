/**
 * No code path may hand a string to the browser's HTML parser: copy and data reach the page through
 * escapeHtml (build) or Lit's auto-escaping templates (runtime), never through these sinks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname);
const ROOT = resolve(SRC, '..');

/** APIs that parse a string as markup. */
const SINKS = [
  'innerHTML',
  'outerHTML',
  'unsafeHTML',
  'unsafeSVG',
  'insertAdjacentHTML',
  'document.write',
  'createContextualFragment',
  'setHTMLUnsafe',
  'parseHTMLUnsafe',
];
const SINK = new RegExp(`\\b(?:${SINKS.map((s) => s.replace('.', '\\s*\\.\\s*')).join('|')})\\b`);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    // Tests may name the sinks (this one does); the code they test may not.
    if (/\.(test|spec)\.[cm]?[jt]s$/.test(entry.name)) return [];
    return /\.([cm]?[jt]sx?|html)$/.test(entry.name) ? [path] : [];
  });
}

describe('no raw HTML sinks in src/', () => {
  it(`uses none of ${SINKS.join(', ')}`, () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (SINK.test(line) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    if (found.length) {
      throw new Error(
        `Copy and data must not reach an HTML parser; render them with escapeHtml or a Lit template instead:\n${found.join('\n')}`,
      );
    }
  });

  it('the pattern finds each sink', () => {
    for (const line of [
      'el.innerHTML = x',
      'el.outerHTML=x',
      'html`${unsafeHTML(x)}`',
      'unsafeSVG(s)',
      'el.insertAdjacentHTML("beforeend", x)',
      'document.write(x)',
      'document . write(x)',
      'range.createContextualFragment(x)',
      'el.setHTMLUnsafe(x)',
    ]) {
      expect(SINK.test(line), line).toBe(true);
    }
    expect(SINK.test('el.textContent = x')).toBe(false);
  });
});
