import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The one form of `@import` that inlineCssImports takes: a file beside the stylesheet, no media query. */
const IMPORT = /@import '(\.\/[\w.-]+\.css)';/g;

/**
 * A stylesheet's text with each `@import './name.css';` replaced by that file's own text, in place (and theirs in
 * turn): for the CSS the build writes into a page's `<style>`, where the browser would look for the file beside the
 * page. Any other `@import` fails the build rather than reach the page.
 */
export function inlineCssImports(file: string): string {
  const text = readFileSync(file, 'utf8');
  const rest = text.replace(IMPORT, '');
  if (rest.includes('@import')) throw new Error(`${file}: only @import './name.css'; can be inlined`);
  return text.replace(IMPORT, (_, path: string) => inlineCssImports(resolve(dirname(file), path)).trimEnd());
}
