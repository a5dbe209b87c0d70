// Frame pacing while scrolling the whole story, measured with requestAnimationFrame
// timestamps inside the page (playwright-core + CDP CPU throttling).
/* global requestAnimationFrame */
import { launchPlaywrightChromium } from './chromium.mjs';
import { median, percentile, round } from './stats.mjs';

export const FRAME_SETUPS = {
  mobile: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
};

const SCROLL_SPEED = 2500; // px per second, roughly a brisk flick-through of the story
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

function frameStats(stamps) {
  const intervals = stamps.slice(1).map((t, i) => t - stamps[i]);
  return {
    frames: intervals.length,
    p50: round(percentile(intervals, 50)),
    p95: round(percentile(intervals, 95)),
    max: round(intervals.length ? Math.max(...intervals) : null),
    over20ms: intervals.filter((d) => d > 20).length,
    over50ms: intervals.filter((d) => d > 50).length,
    durationMs: round(stamps.length > 1 ? stamps.at(-1) - stamps[0] : 0, 0),
  };
}

/** Measures one setup (a FRAME_SETUPS entry) on url in a new context of an already launched browser. */
async function measureOnce(browser, url, setup, { cpuThrottle = 4 } = {}) {
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
    const run = await page.evaluate(scrollAndRecord, { speed: SCROLL_SPEED, maxMs: MAX_SCROLL_MS });
    return {
      viewport: `${setup.viewport.width}x${setup.viewport.height}@${setup.deviceScaleFactor}x`,
      cpuThrottle,
      ...frameStats(run.stamps),
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
  for (const key of ['frames', 'p50', 'p95', 'max', 'over20ms', 'over50ms', 'durationMs', 'scrolledPx']) {
    out[key] = round(median(runs.map((r) => r[key])), key === 'p50' || key === 'p95' || key === 'max' ? 1 : 0);
  }
  out.timedOut = runs.some((r) => r.timedOut);
  out.pageErrors = [...new Set(runs.flatMap((r) => r.pageErrors))];
  out.perRun = runs.map((r) => ({ frames: r.frames, p50: r.p50, p95: r.p95, max: r.max }));
  return out;
}

/** Scrolls url once per setup (mobile, desktop) and run, in one browser. Returns { setup: stats }. */
export async function measureAllFrames(url, { runs = 1, cpuThrottle = 4, log = () => {} } = {}) {
  const { browser, close } = await launchPlaywrightChromium();
  try {
    const results = {};
    for (const [name, setup] of Object.entries(FRAME_SETUPS)) {
      const all = [];
      for (let i = 1; i <= runs; i++) {
        log(`frames ${name} run ${i}/${runs} ${url}`);
        all.push(await measureOnce(browser, url, setup, { cpuThrottle }));
      }
      results[name] = { url, runs, chromium: browser.version(), ...medianOfRuns(all) };
    }
    return results;
  } finally {
    await close();
  }
}
