#!/usr/bin/env node
// Performance bench for the built story: bytes, Lighthouse (mobile) and
// frame pacing while scrolling. It measures, it doesn't gate: the exit code is
// non-zero only when a step crashed, never because a target was missed.
//
//   node scripts/bench.mjs [--no-build] [--dist DIR] [--skip-lighthouse]
//                          [--skip-frames] [--runs N] [--frame-runs N] [--out FILE]
//                          [--anchor DIR] [--scroll-speed N]
// See BENCHMARK.md.
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureBytes } from './bench/bytes.mjs';
import { EMBED_PAGE, formatEmbed, measureLibraryBytes } from './bench/embed.mjs';
import { cleanupOnSignals, isShuttingDown, onCleanup, runCleanups } from './bench/cleanup.mjs';
import { anchorDist } from './bench/anchor.mjs';
import { DEFAULT_SCROLL_SPEED, measurePagesFrames } from './bench/frames.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { formatSummary } from './bench/report.mjs';
import { startServer } from './bench/server.mjs';
import { makeNoscriptTwin, NOSCRIPT_DIR } from './bench/noscript.mjs';
import { TARGETS } from './bench/targets.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// dist-relative HTML entry of each story page, and the URL path it is served at.
const PAGES = {
  zh: { html: 'index.html', url: '/' },
  en: { html: 'en/index.html', url: '/en/' },
};
const USAGE = `Usage: node scripts/bench.mjs [options]
  --no-build          measure the existing dist instead of running \`vite build\` first
  --dist DIR          directory to measure (default: dist); also the build outDir
  --skip-lighthouse   skip the Lighthouse runs
  --skip-frames       skip the scrolling frame-pacing runs
  --runs N            Lighthouse runs per page, median reported (default 1)
  --frame-runs N      scroll runs per viewport, median reported (default 1)
  --out FILE          results file (default: bench/results.json)
  --anchor DIR        scroll the reference page in DIR (built when it has no dist/) and the story's script-free
                      twin in the same run, and report the story's scroll figures against them
  --scroll-speed N    px per second of the steady scroll (default ${DEFAULT_SCROLL_SPEED})`;

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      'no-build': { type: 'boolean', default: false },
      dist: { type: 'string' },
      'skip-lighthouse': { type: 'boolean', default: false },
      'skip-frames': { type: 'boolean', default: false },
      runs: { type: 'string', default: '1' },
      'frame-runs': { type: 'string', default: '1' },
      out: { type: 'string' },
      anchor: { type: 'string' },
      'scroll-speed': { type: 'string', default: String(DEFAULT_SCROLL_SPEED) },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const count = (name) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got "${values[name]}"`);
    return n;
  };
  return {
    help: values.help,
    build: !values['no-build'],
    customDist: values.dist != null,
    dist: values.dist ? path.resolve(values.dist) : path.join(ROOT, 'dist'),
    lighthouse: !values['skip-lighthouse'],
    frames: !values['skip-frames'],
    runs: count('runs'),
    frameRuns: count('frame-runs'),
    out: values.out ? path.resolve(values.out) : path.join(ROOT, 'bench', 'results.json'),
    anchor: values.anchor ? path.resolve(values.anchor) : null,
    scrollSpeed: count('scroll-speed'),
  };
}

const log = (msg) => console.error(`· ${msg}`);

function git(args) {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null; // not a repo, or no commit yet
  }
}

function viteBuild(opts, config = [], subdir = '') {
  const args = ['vite', 'build', ...config, ...(opts.customDist ? ['--outDir', path.join(opts.dist, subdir)] : [])];
  log(`npx ${args.join(' ')}`);
  return new Promise((resolve, reject) => {
    // Build output goes to stderr so that stdout stays the summary.
    const child = spawn('npx', args, { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });
    const release = onCleanup(() => child.kill());
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      release();
      if (code === 0) resolve();
      else reject(new Error(`vite build failed (${signal ?? `exit ${code}`})`));
    });
  });
}

/** Runs fn, recording its duration; a failure is stored as { error } so the other steps still run. */
async function step(name, timings, errors, fn) {
  const t0 = Date.now();
  try {
    if (isShuttingDown()) return { skipped: true };
    return await fn();
  } catch (err) {
    // Errors caused by the signal handler closing the browser under us are just noise.
    if (isShuttingDown()) return { error: 'interrupted' };
    errors.push({ step: name, message: err?.message ?? String(err) });
    console.error(`✗ ${name} failed:`, err?.stack ?? err);
    return { error: err?.message ?? String(err) };
  } finally {
    timings[name] = Date.now() - t0;
  }
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  cleanupOnSignals();
  const started = Date.now();
  const timings = {};
  const errors = [];

  if (opts.build) {
    const t0 = Date.now();
    await viteBuild(opts); // nothing to measure without a build: let it throw
    await viteBuild(opts, ['-c', 'vite.lib.config.ts'], 'lib'); // the chart library, into dist/lib
    timings.build = Date.now() - t0;
  }
  if (!(await stat(opts.dist).catch(() => null))?.isDirectory()) throw new Error(`dist directory not found: ${opts.dist}`);

  const results = {
    meta: {
      date: new Date().toISOString(),
      commit: git(['rev-parse', '--short', 'HEAD']),
      dirty: Boolean(git(['status', '--porcelain'])),
      node: process.version,
      dist: opts.dist.startsWith(ROOT + path.sep) ? path.relative(ROOT, opts.dist) : opts.dist,
      options: { build: opts.build, runs: opts.runs, frameRuns: opts.frameRuns, scrollSpeed: opts.scrollSpeed, anchor: opts.anchor },
      timings,
    },
    targets: TARGETS,
  };

  results.bytes = await step('bytes', timings, errors, () =>
    measureBytes(opts.dist, Object.fromEntries(Object.entries(PAGES).map(([k, p]) => [k, p.html]))),
  );

  // The chart library's bytes for a page with one chart, per chart (see scripts/bench/embed.mjs).
  results.embed = { library: await step('embed bytes', timings, errors, () => measureLibraryBytes(opts.dist)) };

  if (opts.lighthouse || opts.frames) {
    const compare = opts.frames && opts.anchor;
    const removeTwin = opts.lighthouse || compare ? await makeNoscriptTwin(opts.dist) : async () => {};
    const server = await startServer(opts.dist);
    const anchorServer = compare ? await startServer(await anchorDist(opts.anchor, log)) : null;
    const release = onCleanup(async () => {
      await server.close();
      await anchorServer?.close();
      await removeTwin();
    });
    log(`serving ${opts.dist} at ${server.origin}`);
    try {
      const urls = Object.fromEntries(Object.entries(PAGES).map(([k, p]) => [k, server.origin + p.url]));
      const lighthouseUrls = {
        ...urls,
        ...Object.fromEntries(Object.entries(PAGES).map(([k, p]) => [`${k} no-JS`, `${server.origin}/${NOSCRIPT_DIR}${p.url}`])),
        'embed page': server.origin + EMBED_PAGE,
        // Its script-free twin: the LCP budget holds for the embed page too.
        'embed page no-JS': `${server.origin}/${NOSCRIPT_DIR}${EMBED_PAGE}`,
      };
      results.lighthouse = opts.lighthouse
        ? await step('lighthouse', timings, errors, () => runLighthouse(lighthouseUrls, opts.runs, log))
        : { skipped: true };
      // A page whose Lighthouse run crashed is reported per page; it still counts as a crash.
      const lhPages = results.lighthouse.error || results.lighthouse.skipped ? {} : results.lighthouse;
      for (const [page, r] of Object.entries(lhPages)) {
        if (r.error && !isShuttingDown()) errors.push({ step: `lighthouse ${page}`, message: r.error });
      }
      const scrolled = { story: urls.zh };
      if (anchorServer) {
        scrolled.anchor = `${anchorServer.origin}/`;
        scrolled.twin = `${server.origin}/${NOSCRIPT_DIR}${PAGES.zh.url}`;
      }
      const frames = opts.frames
        ? await step('frames', timings, errors, () => measurePagesFrames(scrolled, { runs: opts.frameRuns, speed: opts.scrollSpeed, log }))
        : { skipped: true };
      results.frames = frames.story ?? frames;
      if (anchorServer) results.scrollCompare = frames.error ? frames : { anchor: frames.anchor, twin: frames.twin };
    } finally {
      release();
      await server.close();
      await anchorServer?.close();
      await removeTwin();
    }
  } else {
    results.lighthouse = { skipped: true };
    results.frames = { skipped: true };
  }

  timings.total = Date.now() - started;
  results.errors = errors;
  await mkdir(path.dirname(opts.out), { recursive: true });
  await writeFile(opts.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(formatSummary(results));
  const embedPage = results.lighthouse?.['embed page'];
  console.log(formatEmbed({ library: results.embed.library, lighthouse: embedPage ? { 'embed page': embedPage } : {} }));
  const shown = path.relative(process.cwd(), opts.out);
  console.log(`Results: ${shown.startsWith('..') ? opts.out : shown}`);
  return errors.length ? 1 : 0;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err) => {
    console.error(`bench: ${err?.message ?? err}`);
    if (err?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') console.error(USAGE);
    process.exitCode = 1;
  })
  .finally(runCleanups);
