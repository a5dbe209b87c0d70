// Embedding budgets: the bytes of the chart library a page with one chart loads (entry + that chart's
// chunks, gzip), and Lighthouse (mobile) of one iframe embed page.
//
//   node scripts/bench/embed.mjs [--dist DIR] [--runs N] [--skip-lighthouse]   (after `npm run build`)
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { runLighthouse } from './lighthouse.mjs';
import { startServer } from './server.mjs';
import chunks from '../../src/build/library/chunks.json' with { type: 'json' };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LIB_ENTRY = 'src/embed/library.ts';

export const EMBED_TARGETS = {
  /** a chart's code, without map data (the map's geography chunk) */
  libraryChartGzip: { max: 40_000, text: '≤ 40 KB' },
  embedPerformance: { min: 95, text: '≥ 95' },
};

/** The chunk of the library build that holds the map's geography (vite.lib.config.ts names it from the same file). */
const MAP_DATA_CHUNK = chunks.mapData;
const isMapData = (file) => path.basename(file).startsWith(`${MAP_DATA_CHUNK}-`);

/** The iframe page the Lighthouse run measures: the story's first chart in its last view, as editors embed it (its own page). */
export const EMBED_PAGE = '/embed/gdp/target/en/';

/** Every file a manifest entry needs before it runs: its own and its static imports, transitively. */
function staticClosure(manifest, key, seen = new Set()) {
  const entry = manifest[key];
  if (!entry || seen.has(entry.file)) return seen;
  seen.add(entry.file);
  for (const dep of entry.imports ?? []) staticClosure(manifest, dep, seen);
  return seen;
}

/**
 * Per chart: the files a page with that one chart loads (library entry + the chart's chunks) and their gzip
 * size, the map's geography counted apart (`mapDataGzip`) as the budget is without map data.
 */
export async function measureLibraryBytes(dist) {
  const lib = path.join(dist, 'lib');
  const manifest = JSON.parse(await readFile(path.join(lib, '.vite/manifest.json'), 'utf8'));
  const sizes = new Map();
  const size = async (file) => {
    if (!sizes.has(file)) {
      const buf = await readFile(path.join(lib, file));
      sizes.set(file, { raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length });
    }
    return sizes.get(file);
  };
  const entryFiles = staticClosure(manifest, LIB_ENTRY);
  const charts = {};
  // The library build wraps each chart's element with its data as kc-lib-chart:<id>
  // (src/build/vite/library-data-plugin.ts, which fails the build if a chart is missing).
  const ids = Object.keys(manifest)
    .filter((key) => key.startsWith('kc-lib-chart:'))
    .map((key) => key.slice('kc-lib-chart:'.length))
    .sort();
  if (!ids.length) throw new Error(`${lib}: the manifest has no kc-lib-chart entries`);
  for (const id of ids) {
    const module = `kc-lib-chart:${id}`;
    const files = [...staticClosure(manifest, module, new Set(entryFiles))].sort();
    let raw = 0;
    let gzip = 0;
    let mapDataGzip = 0;
    for (const file of files) {
      const s = await size(file);
      if (isMapData(file)) mapDataGzip += s.gzip;
      else {
        raw += s.raw;
        gzip += s.gzip;
      }
    }
    charts[id] = { files: files.length, raw, gzip, ...(mapDataGzip ? { mapDataGzip } : {}) };
  }
  let entryGzip = 0;
  for (const file of entryFiles) entryGzip += (await size(file)).gzip;
  return { entryGzip, charts };
}

/** Lighthouse (mobile) of one iframe embed page, served from dist. */
export async function measureEmbedPage(origin, runs = 1, log = () => {}) {
  return runLighthouse({ 'embed page': origin + EMBED_PAGE }, runs, log);
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const mark = (ok) => (ok ? '✓' : '✗');

/** Lines for the summary. */
export function formatEmbed({ library, lighthouse }) {
  const lines = ['Embedding'];
  if (library?.error) lines.push(`  library bytes: error: ${library.error}`);
  else if (library) {
    lines.push(`  library entry (gzip): ${kb(library.entryGzip)}`);
    const max = EMBED_TARGETS.libraryChartGzip.max;
    for (const [id, c] of Object.entries(library.charts)) {
      const data = c.mapDataGzip ? ` (+ map data ${kb(c.mapDataGzip)})` : '';
      lines.push(c.error ? `  library + ${id}: ${c.error}` : `  library + ${id} (${c.files} files, gzip): ${kb(c.gzip)}  ${EMBED_TARGETS.libraryChartGzip.text} ${mark(c.gzip <= max)}${data}`);
    }
  }
  for (const [name, r] of Object.entries(lighthouse ?? {})) {
    if (r.error) lines.push(`  LH ${name}: error: ${r.error}`);
    else {
      const ok = r.performance >= EMBED_TARGETS.embedPerformance.min;
      lines.push(`  LH ${name} performance: ${r.performance}  ${EMBED_TARGETS.embedPerformance.text} ${mark(ok)}  (FCP ${r.fcp} ms, LCP ${r.lcp} ms, TBT ${r.tbt} ms, CLS ${r.cls}; accessibility ${r.accessibility}, SEO ${r.seo}, best practices ${r.bestPractices})`);
      if (r.failedOtherAudits?.length) lines.push(`  LH ${name} failed SEO/best-practices audits: ${r.failedOtherAudits.join(', ')}`);
    }
  }
  return lines.join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: { dist: { type: 'string' }, runs: { type: 'string', default: '1' }, 'skip-lighthouse': { type: 'boolean', default: false } },
  });
  const dist = path.resolve(values.dist ?? path.join(ROOT, 'dist'));
  const library = await measureLibraryBytes(dist);
  let lighthouse;
  if (!values['skip-lighthouse']) {
    const server = await startServer(dist);
    try {
      lighthouse = await measureEmbedPage(server.origin, Number(values.runs), (m) => console.error(`· ${m}`));
    } finally {
      await server.close();
    }
  }
  console.log(formatEmbed({ library, lighthouse }));
  console.log(JSON.stringify({ library, lighthouse }, null, 2));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
