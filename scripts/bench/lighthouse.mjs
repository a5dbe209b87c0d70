// Lighthouse 12, default config = mobile form factor with simulated ("Slow 4G",
// 4x CPU) throttling: performance, accessibility, SEO and best practices.
import lighthouse from 'lighthouse';
import { launchDebuggableChromium } from './chromium.mjs';
import { median, round } from './stats.mjs';

const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
};

function summarizeLhr(lhr) {
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  const out = {
    performance: score('performance'),
    accessibility: score('accessibility'),
    seo: score('seo'),
    bestPractices: score('best-practices'),
  };
  for (const [key, id] of Object.entries(METRICS)) {
    const value = lhr.audits[id]?.numericValue;
    out[key] = value == null ? null : round(value, key === 'cls' ? 4 : 0);
  }
  // Failing accessibility audits are the actionable part of a score < 100.
  out.failedA11yAudits = (lhr.categories.accessibility?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
    .map((ref) => ref.id);
  // The same for SEO and best practices (a page published on a news site).
  out.failedOtherAudits = ['seo', 'best-practices'].flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0).map((ref) => `${id}: ${ref.id}`),
  );
  // Which element the LCP is, so a regression can be traced to it.
  const lcpDetails = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0];
  const lcpItem = lcpDetails?.items?.[0]?.node ?? lcpDetails?.node;
  out.lcpElement = lcpItem ? `${lcpItem.nodeLabel ?? ''} (${lcpItem.selector ?? ''})`.slice(0, 160) : null;
  out.runtimeError = lhr.runtimeError?.message ?? null;
  out.warnings = lhr.runWarnings ?? [];
  return out;
}

/** One Lighthouse run in a fresh Chromium (fresh profile, so no cache carries over between runs). */
async function runOnce(url) {
  const chrome = await launchDebuggableChromium();
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'seo', 'best-practices'],
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    return summarizeLhr(result.lhr);
  } finally {
    await chrome.close();
  }
}

/** Per-figure median over runs (each figure independently). */
function medianOfRuns(runs) {
  const keys = ['performance', 'accessibility', 'seo', 'bestPractices', ...Object.keys(METRICS)];
  const out = {};
  for (const key of keys) {
    const values = runs.map((r) => r[key]).filter((v) => v != null);
    out[key] = values.length ? round(median(values), key === 'cls' ? 4 : 0) : null;
  }
  out.failedA11yAudits = [...new Set(runs.flatMap((r) => r.failedA11yAudits))];
  out.failedOtherAudits = [...new Set(runs.flatMap((r) => r.failedOtherAudits))];
  out.runtimeErrors = runs.map((r) => r.runtimeError).filter(Boolean);
  out.warnings = [...new Set(runs.flatMap((r) => r.warnings))];
  out.runs = runs.length;
  return out;
}

/**
 * pages: { name: url }. Returns { name: medians (plus the individual runs) },
 * or { name: { url, error } } for a page whose run crashed, so one bad page
 * doesn't hide the other's figures.
 */
export async function runLighthouse(pages, runs, log = () => {}) {
  const results = {};
  for (const [name, url] of Object.entries(pages)) {
    try {
      const all = [];
      for (let i = 1; i <= runs; i++) {
        log(`lighthouse ${name} run ${i}/${runs} ${url}`);
        all.push(await runOnce(url));
      }
      results[name] = { url, ...medianOfRuns(all), perRun: all.map(({ warnings: _w, ...r }) => r) };
    } catch (err) {
      results[name] = { url, error: err?.message ?? String(err) };
    }
  }
  return results;
}
