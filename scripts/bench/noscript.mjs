// A twin of the built pages with every script removed, served beside them, so Lighthouse can measure what
// the page costs without JavaScript: the LCP budget compares the story with its script-free twin.
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const NOSCRIPT_DIR = '__noscript';

/** Removes module scripts and modulepreload links from an HTML page. */
export function stripScripts(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*rel=["']?modulepreload["']?[^>]*>/gi, '');
}

/** Copies dist into dist/__noscript with scripts stripped from every page; returns a function removing it. */
export async function makeNoscriptTwin(dist) {
  const twin = path.join(dist, NOSCRIPT_DIR);
  await rm(twin, { recursive: true, force: true });
  const entries = (await readdir(dist)).filter((name) => name !== NOSCRIPT_DIR);
  for (const name of entries) await cp(path.join(dist, name), path.join(twin, name), { recursive: true });
  for (const file of await htmlFiles(twin)) await writeFile(file, stripScripts(await readFile(file, 'utf8')));
  return () => rm(twin, { recursive: true, force: true });
}

async function htmlFiles(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await htmlFiles(full)));
    else if (entry.name.endsWith('.html')) found.push(full);
  }
  return found;
}
