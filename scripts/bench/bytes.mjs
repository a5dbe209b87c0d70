// Byte budget: sizes of everything in dist/, and of the JS each story page loads.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPE_BY_EXT = {
  '.js': 'js', '.mjs': 'js',
  '.css': 'css',
  '.html': 'html',
  '.json': 'json', '.geojson': 'json', '.topojson': 'json', '.webmanifest': 'json',
  '.svg': 'svg',
};
export const BYTE_TYPES = ['js', 'css', 'html', 'json', 'svg', 'other'];

// Lives at a made-up origin so that URL resolution does the path arithmetic for us.
const BASE = 'http://dist.invalid/';

const gzipSize = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
}

/** Reads every file once: Map(relPath -> { raw, gzip, type, text? }). */
async function loadDist(dist) {
  const files = new Map();
  for (const abs of await listFiles(dist)) {
    const rel = path.relative(dist, abs).split(path.sep).join('/');
    const buf = await readFile(abs);
    const type = TYPE_BY_EXT[path.extname(rel).toLowerCase()] ?? 'other';
    files.set(rel, {
      raw: buf.length,
      gzip: gzipSize(buf),
      type,
      text: type === 'js' || type === 'html' ? buf.toString('utf8') : undefined,
    });
  }
  return files;
}

function totalsByType(files) {
  const byType = Object.fromEntries(BYTE_TYPES.map((t) => [t, { files: 0, raw: 0, gzip: 0 }]));
  const total = { files: 0, raw: 0, gzip: 0 };
  for (const f of files.values()) {
    for (const bucket of [byType[f.type], total]) {
      bucket.files += 1;
      bucket.raw += f.raw;
      bucket.gzip += f.gzip;
    }
  }
  return { byType, total };
}

/** Resolves a URL found in `fromRel` (a dist-relative path) to a dist-relative path, or null if external. */
function resolveInDist(spec, fromRel) {
  let url;
  try {
    url = new URL(spec, BASE + fromRel);
  } catch {
    return null;
  }
  if (url.origin !== new URL(BASE).origin) return null;
  return decodeURIComponent(url.pathname.slice(1));
}

const attr = (tag, name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i'))?.[1];

/** The JS a page asks for up front: <script type="module" src> and <link rel="modulepreload" href>. */
export function htmlEntryScripts(html) {
  const urls = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    if (/^module$/i.test(attr(tag, 'type') ?? '') && attr(tag, 'src')) urls.push(attr(tag, 'src'));
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('modulepreload') && attr(tag, 'href')) urls.push(attr(tag, 'href'));
  }
  // Builds before the start script (src/start.ts) requested their scripts from an inline loader after the first
  // paint: what it imports is the page's JS all the same (so older builds can be measured beside new ones).
  for (const [, body] of html.matchAll(/<script\b[^>]*type=["']?module["']?[^>]*>([^<]*)<\/script>/gi)) {
    for (const [, , src] of body.matchAll(/\bimport\((["'`])([^"'`]+)\1\)/g)) urls.push(src);
  }
  return urls;
}

// Minified Vite/Rolldown output uses ", ' or ` quotes, e.g. import{t as e}from"./a.js" and import(`./b.js`).
const STATIC_IMPORT = /\b(?:from|import)\s*(["'`])([^"'`\n]+)\1/g;
// Any string literal naming a .js file: covers import(`./x.js`) and Vite's __vite__mapDeps(["assets/x.js"]).
const JS_STRING = /(["'`])([^"'`\s]+\.m?js)\1/g;

/**
 * Follows static imports from the page's entry scripts (initial JS), then
 * collects JS files only referenced as strings/dynamic imports (lazy JS).
 */
export function pageScripts(files, htmlRel) {
  const lookup = (spec, fromRel) => {
    const rel = resolveInDist(spec, fromRel);
    return rel !== null && files.get(rel)?.type === 'js' ? rel : null;
  };
  const initial = new Set();
  const missing = [];
  const queue = [];
  for (const src of htmlEntryScripts(files.get(htmlRel).text)) {
    const rel = lookup(src, htmlRel);
    if (rel) queue.push(rel);
    else missing.push(src);
    // The story's start script (src/start.ts) asks for the engine right after the first paint: what it imports,
    // dynamically as it is, is the page's JS all the same.
    if (rel && /(^|\/)start-[^/]*\.js$/.test(rel)) {
      for (const [, , spec] of files.get(rel).text.matchAll(JS_STRING)) {
        const dep = lookup(spec, rel) ?? lookup(spec, 'index.html');
        if (dep) queue.push(dep);
      }
    }
  }
  while (queue.length) {
    const rel = queue.shift();
    if (initial.has(rel)) continue;
    initial.add(rel);
    for (const [, , spec] of files.get(rel).text.matchAll(STATIC_IMPORT)) {
      const dep = lookup(spec, rel);
      if (dep) queue.push(dep);
    }
  }

  // Lazy chunks, transitively (a lazy chunk may import further chunks).
  const lazy = new Set();
  const pending = [...initial];
  while (pending.length) {
    const rel = pending.shift();
    for (const [, , spec] of files.get(rel).text.matchAll(JS_STRING)) {
      // Vite's mapDeps paths are relative to the base (dist root), dynamic imports to the chunk.
      const dep = lookup(spec, rel) ?? lookup(spec, 'index.html');
      if (dep && !initial.has(dep) && !lazy.has(dep)) {
        lazy.add(dep);
        pending.push(dep);
      }
    }
  }
  return { initial: summarize(files, initial), lazy: summarize(files, lazy), missing };
}

function summarize(files, rels) {
  const list = [...rels].sort().map((rel) => ({ file: rel, raw: files.get(rel).raw, gzip: files.get(rel).gzip }));
  return {
    files: list,
    raw: list.reduce((n, f) => n + f.raw, 0),
    gzip: list.reduce((n, f) => n + f.gzip, 0),
  };
}

/** pages: dist-relative HTML paths to analyse, e.g. { zh: 'index.html', en: 'en/index.html' }. */
export async function measureBytes(dist, pages) {
  const files = await loadDist(dist);
  const storyJs = {};
  for (const [name, htmlRel] of Object.entries(pages)) {
    storyJs[name] = files.has(htmlRel) ? pageScripts(files, htmlRel) : { error: `${htmlRel} not found in dist` };
  }
  return { ...totalsByType(files), storyJs };
}
