// Frame pacing while scrolling the whole story, measured with requestAnimationFrame
// timestamps inside the page (playwright-core + CDP CPU throttling).
/* global requestAnimationFrame, PerformanceObserver */
import { launchPlaywrightChromium } from './chromium.mjs';
import { median, percentile, round } from './stats.mjs';

export const FRAME_SETUPS = {
  mobile: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
};

/** px per second: a steady read-through (600, as issue 13 measures) unless told otherwise (--scroll-speed). */
export const DEFAULT_SCROLL_SPEED = 600;
/** One display refresh at 60 Hz: a frame taking longer than that (plus slack) drops frames. */
const VSYNC_MS = 1000 / 60;
const SETTLE_MS = 1000; // let post-load work (fonts, first chart renders) finish before scrolling
const MAX_SCROLL_MS = 120_000; // safety net for pages that keep growing

/**
 * Runs in the page. Scrolls top to bottom at a constant speed, one step per
 * animation frame, and records every rAF timestamp. Position is derived from
 * elapsed time (not frame count) so a slow frame makes the next step larger,
 * like a real fling, instead of stretching the run.
 */
function scrollAndRecord({ speed, maxMs }) {
  const se = document.scrollingElement || document.documentElement;
  const maxScroll = () => Math.max(0, se.scrollHeight - window.innerHeight);
  window.scrollTo({ top: 0, behavior: 'instant' });
  return new Promise((resolve) => {
    const stamps = [];
    let start = null;
    function frame(t) {
      stamps.push(t);
      if (start === null) start = t;
      const elapsed = t - start;
      const target = Math.min(maxScroll(), (elapsed * speed) / 1000);
      window.scrollTo({ top: target, behavior: 'instant' });
      const done = target >= maxScroll() || elapsed > maxMs;
      if (done) {
        // One more frame so the last scroll position gets rendered and timed too.
        requestAnimationFrame((t2) => {
          stamps.push(t2);
          resolve({ stamps, scrolled: window.scrollY, scrollHeight: se.scrollHeight, timedOut: elapsed > maxMs });
        });
      } else {
        requestAnimationFrame(frame);
      }
    }
    // Start from a fresh frame so the first interval isn't measured from an idle period.
    requestAnimationFrame(() => requestAnimationFrame(frame));
  });
}

/**
 * Runs in the page before the scroll. Records the long animation frames (with the scripts that ran in them) and
 * the layout shifts, each with the step that was active when it happened (`.step.is-active`, as both the story
 * and the anchor mark it).
 */
function observeScrollCosts() {
  const activeStep = () => {
    const step = document.querySelector('.step.is-active');
    if (!step) return 'none';
    return step.dataset.step ?? `#${[...document.querySelectorAll('.step')].indexOf(step) + 1}`;
  };
  const seen = { loaf: [], shifts: [] };
  window.__benchScroll = seen;
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: false });
    } catch {
      seen[`no ${type}`] = true; // an older Chromium without the entry type: reported as missing, not as zero
    }
  };
  observe('long-animation-frame', (e) =>
    seen.loaf.push({
      duration: e.duration,
      blocking: e.blockingDuration,
      scripts: e.scripts.map((sc) => ({
        duration: sc.duration,
        forcedLayout: sc.forcedStyleAndLayoutDuration,
        name: `${sc.invokerType} ${sc.invoker}${sc.sourceFunctionName ? ` ${sc.sourceFunctionName}` : ''} @ ${(sc.sourceURL || '').split('/').pop() || 'inline'}`,
      })),
    }),
  );
  observe('layout-shift', (e) => {
    if (!e.hadRecentInput) seen.shifts.push({ value: e.value, step: activeStep() });
  });
}

/** The long animation frames and layout shifts of the scroll, summed and grouped (scripts by name, shifts by step). */
function scrollCosts(seen) {
  const byScript = new Map();
  for (const frame of seen.loaf) {
    for (const sc of frame.scripts) {
      const sum = byScript.get(sc.name) ?? { name: sc.name, count: 0, duration: 0, forcedLayout: 0 };
      sum.count += 1;
      sum.duration += sc.duration;
      sum.forcedLayout += sc.forcedLayout;
      byScript.set(sc.name, sum);
    }
  }
  const byStep = new Map();
  for (const shift of seen.shifts) byStep.set(shift.step, (byStep.get(shift.step) ?? 0) + shift.value);
  return {
    blockingMs: seen['no long-animation-frame'] ? null : round(seen.loaf.reduce((sum, f) => sum + f.blocking, 0), 0),
    longFrames: seen.loaf.length,
    layoutShift: seen['no layout-shift'] ? null : round(seen.shifts.reduce((sum, s) => sum + s.value, 0), 4),
    shiftsByStep: Object.fromEntries([...byStep].sort((a, b) => b[1] - a[1]).map(([step, v]) => [step, round(v, 4)])),
    scripts: [...byScript.values()]
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 10)
      .map((x) => ({ ...x, duration: round(x.duration, 0), forcedLayout: round(x.forcedLayout, 0) })),
  };
}

function frameStats(stamps) {
  const intervals = stamps.slice(1).map((t, i) => t - stamps[i]);
  return {
    frames: intervals.length,
    p50: round(percentile(intervals, 50)),
    p95: round(percentile(intervals, 95)),
    max: round(intervals.length ? Math.max(...intervals) : null),
    over20ms: intervals.filter((d) => d > 20).length,
    over50ms: intervals.filter((d) => d > 50).length,
    // A frame of two refresh intervals dropped one, of three dropped two, … (a little slack for timer jitter).
    dropped: intervals.reduce((sum, d) => sum + Math.max(0, Math.round(d / VSYNC_MS - 0.25) - 1), 0),
    durationMs: round(stamps.length > 1 ? stamps.at(-1) - stamps[0] : 0, 0),
  };
}

/** Measures one setup (a FRAME_SETUPS entry) on url in a new context of an already launched browser. */
async function measureOnce(browser, url, setup, { cpuThrottle = 4, speed = DEFAULT_SCROLL_SPEED } = {}) {
  const context = await browser.newContext(setup);
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(err.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts?.ready.then(() => undefined));
    await page.waitForTimeout(SETTLE_MS);
    await page.evaluate(observeScrollCosts);
    const run = await page.evaluate(scrollAndRecord, { speed, maxMs: MAX_SCROLL_MS });
    // Entries of the last frames are delivered a moment later.
    await page.waitForTimeout(300);
    const costs = scrollCosts(await page.evaluate(() => window.__benchScroll));
    return {
      viewport: `${setup.viewport.width}x${setup.viewport.height}@${setup.deviceScaleFactor}x`,
      cpuThrottle,
      scrollSpeed: speed,
      ...frameStats(run.stamps),
      ...costs,
      scrolledPx: Math.round(run.scrolled),
      scrollHeight: run.scrollHeight,
      timedOut: run.timedOut,
      pageErrors: errors,
    };
  } finally {
    await context.close();
  }
}

/** Median of each figure over several runs of one setup (frame pacing is noisy on busy machines). */
function medianOfRuns(runs) {
  if (runs.length === 1) return runs[0];
  const out = { ...runs.at(-1) };
  for (const key of ['frames', 'p50', 'p95', 'max', 'over20ms', 'over50ms', 'dropped', 'blockingMs', 'longFrames', 'durationMs', 'scrolledPx']) {
    const values = runs.map((r) => r[key]).filter((v) => v != null);
    out[key] = values.length ? round(median(values), key === 'p50' || key === 'p95' || key === 'max' ? 1 : 0) : null;
  }
  const shifts = runs.map((r) => r.layoutShift).filter((v) => v != null);
  out.layoutShift = shifts.length ? round(median(shifts), 4) : null;
  out.timedOut = runs.some((r) => r.timedOut);
  out.pageErrors = [...new Set(runs.flatMap((r) => r.pageErrors))];
  out.perRun = runs.map((r) => ({
    frames: r.frames,
    p50: r.p50,
    p95: r.p95,
    max: r.max,
    dropped: r.dropped,
    blockingMs: r.blockingMs,
    layoutShift: r.layoutShift,
  }));
  return out;
}

/**
 * Scrolls several pages (the story, and for comparison the anchor and the script-free twin) once per setup and
 * run in one browser, taking the pages in turn within each run so that a machine growing busier weighs on all
 * alike. Returns { page: { setup: stats } }.
 */
export async function measurePagesFrames(urls, { runs = 1, cpuThrottle = 4, speed = DEFAULT_SCROLL_SPEED, log = () => {} } = {}) {
  const { browser, close } = await launchPlaywrightChromium();
  try {
    const all = Object.fromEntries(Object.keys(urls).map((page) => [page, Object.fromEntries(Object.keys(FRAME_SETUPS).map((s) => [s, []]))]));
    for (const [name, setup] of Object.entries(FRAME_SETUPS)) {
      for (let i = 1; i <= runs; i++) {
        for (const [page, url] of Object.entries(urls)) {
          log(`frames ${name} run ${i}/${runs} ${page} ${url}`);
          all[page][name].push(await measureOnce(browser, url, setup, { cpuThrottle, speed }));
        }
      }
    }
    const version = browser.version();
    return Object.fromEntries(
      Object.entries(all).map(([page, setups]) => [
        page,
        Object.fromEntries(Object.entries(setups).map(([name, list]) => [name, { url: urls[page], runs, chromium: version, ...medianOfRuns(list) }])),
      ]),
    );
  } finally {
    await close();
  }
}
