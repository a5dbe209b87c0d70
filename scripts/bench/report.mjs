// Human-readable summary of a results object (see bench.mjs for its shape).
import { BYTE_TYPES } from './bytes.mjs';
import { TARGETS, meets } from './targets.mjs';

const kb = (bytes) => (bytes == null ? 'n/a' : `${(bytes / 1000).toFixed(1)} KB`);
const ms = (x) => (x == null ? 'n/a' : `${Math.round(x)} ms`);
const ms1 = (x) => (x == null ? 'n/a' : `${x.toFixed(1)} ms`);
const files = (n) => `${n} file${n === 1 ? '' : 's'}`;
const sec = (x) => (x == null ? 'n/a' : `${(x / 1000).toFixed(2)} s`);
const num = (x) => (x == null ? 'n/a' : String(x));

function table(rows, header) {
  const all = [header, ...rows];
  const widths = header.map((_, col) => Math.max(...all.map((r) => String(r[col] ?? '').length)));
  const line = (r) => r.map((cell, col) => String(cell ?? '').padEnd(widths[col])).join('  ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** A row: label, formatted value, target text, ✓/✗ (blank without a target). */
function figure(label, value, format, target) {
  const ok = meets(value, target);
  return [label, format(value), target?.text ?? '', ok == null ? (target ? '?' : '') : ok ? '✓' : '✗'];
}

function bytesSection(bytes) {
  const rows = BYTE_TYPES.map((t) => [t, bytes.byType[t].files, kb(bytes.byType[t].raw), kb(bytes.byType[t].gzip)]);
  rows.push(['total', bytes.total.files, kb(bytes.total.raw), kb(bytes.total.gzip)]);
  return table(rows, ['dist/', 'files', 'raw', 'gzip -9']);
}

function storyJsRows(storyJs) {
  const rows = [];
  for (const [page, js] of Object.entries(storyJs)) {
    if (js.error) {
      rows.push([`Story JS ${page}`, js.error, TARGETS.storyJsGzip.text, '?']);
      continue;
    }
    rows.push(figure(`Story JS ${page}, initial (${files(js.initial.files.length)}, gzip)`, js.initial.gzip, kb, TARGETS.storyJsGzip));
    if (js.lazy.files.length) rows.push(figure(`Story JS ${page}, lazy (${files(js.lazy.files.length)}, gzip)`, js.lazy.gzip, kb));
  }
  return rows;
}

function lighthouseRows(lh) {
  const rows = [];
  for (const [page, r] of Object.entries(lh)) {
    const p = `LH ${page}`;
    if (r.error) {
      rows.push([p, `error: ${r.error}`, '', '✗']);
      continue;
    }
    rows.push(
      figure(`${p} performance`, r.performance, num, TARGETS.performance),
      figure(`${p} accessibility`, r.accessibility, num, TARGETS.accessibility),
      figure(`${p} SEO`, r.seo, num, TARGETS.seo),
      figure(`${p} best practices`, r.bestPractices, num, TARGETS.bestPractices),
      figure(`${p} FCP`, r.fcp, sec),
      figure(`${p} LCP`, r.lcp, sec),
      figure(`${p} TBT`, r.tbt, ms),
      figure(`${p} CLS`, r.cls, num, TARGETS.cls),
      figure(`${p} Speed Index`, r.si, sec),
    );
    if (r.failedOtherAudits?.length) rows.push([`${p} failed SEO/best-practices audits`, r.failedOtherAudits.join(', '), '', '✗']);
    // The LCP budget: the page with its scripts against its script-free twin.
    const twin = lh[`${page} no-JS`];
    if (twin?.lcp && r.lcp) {
      rows.push(figure(`${p} LCP ÷ no-JS LCP`, r.lcp / twin.lcp, (x) => `${x.toFixed(2)}×`, TARGETS.lcpVsNoScript));
    }
  }
  return rows;
}

function frameRows(frames) {
  const rows = [];
  for (const [name, r] of Object.entries(frames)) {
    const f = `Frames ${name} ${r.viewport}`;
    rows.push(
      figure(`${f} p50`, r.p50, ms1),
      figure(`${f} p95`, r.p95, ms1, TARGETS.frameP95),
      figure(`${f} max`, r.max, ms1),
      [`${f} frames`, `${r.frames} (${r.over20ms} > 20 ms)`, '', ''],
      figure(`${f} dropped frames`, r.dropped, num),
      figure(`${f} main-thread blocking`, r.blockingMs, ms),
      figure(`${f} layout shift`, r.layoutShift, num, TARGETS.cls),
    );
  }
  return rows;
}

const ratio = (story, other) => (story == null || other == null ? '' : other === 0 ? (story === 0 ? '1×' : '∞×') : `${(story / other).toFixed(2)}×`);

/** The story's scroll figures against the anchor's and the script-free twin's, measured in the same run. */
function compareSection(frames, compare) {
  const rows = [];
  const figures = [
    ['dropped frames', 'dropped', num],
    ['main-thread blocking', 'blockingMs', ms],
    ['layout shift', 'layoutShift', num],
    ['longest frame', 'max', ms1],
    ['p95 frame', 'p95', ms1],
  ];
  for (const setup of Object.keys(frames)) {
    for (const [label, key, format] of figures) {
      const story = frames[setup]?.[key];
      const anchor = compare.anchor?.[setup]?.[key];
      const twin = compare.twin?.[setup]?.[key];
      rows.push([`${setup} ${label}`, format(story), format(anchor), ratio(story, anchor), format(twin)]);
    }
  }
  const lines = [table(rows, ['While scrolling', 'story', 'anchor', 'story ÷ anchor', 'script-free twin'])];
  for (const [setup, r] of Object.entries(frames)) {
    const shifts = Object.entries(r.shiftsByStep ?? {});
    if (shifts.length) lines.push(`Layout shift by step, story ${setup}: ${shifts.map(([step, v]) => `${step} ${v}`).join(', ')}`);
    if (r.scripts?.length) {
      lines.push(`Long animation frames by script, story ${setup} (total ms, of it forced style and layout, count):`);
      for (const sc of r.scripts) lines.push(`  ${String(sc.duration).padStart(6)}  ${String(sc.forcedLayout).padStart(6)}  ×${sc.count}  ${sc.name}`);
    }
  }
  return lines.join('\n');
}

function sectionRows(section, toRows, name) {
  if (section == null || section.skipped) return [[name, 'skipped', '', '']];
  if (section.error) return [[name, `error: ${section.error}`, '', '✗']];
  return toRows(section);
}

export function formatSummary(results) {
  const { meta } = results;
  const head = `Bench · ${meta.date} · commit ${meta.commit ?? 'none'}${meta.dirty ? ' (dirty)' : ''} · node ${meta.node} · ${meta.dist}`;
  const parts = [head, ''];
  if (results.bytes?.error) parts.push(`bytes: error: ${results.bytes.error}`);
  else if (results.bytes) parts.push(bytesSection(results.bytes));
  const rows = [
    ...(results.bytes && !results.bytes.error ? storyJsRows(results.bytes.storyJs) : []),
    ...sectionRows(results.lighthouse, lighthouseRows, 'Lighthouse'),
    ...sectionRows(results.frames, frameRows, 'Frames'),
  ];
  parts.push('', table(rows, ['Figure', 'Value', 'Target', '']));
  const compare = results.scrollCompare;
  if (compare && !compare.error && results.frames && !results.frames.error && !results.frames.skipped) {
    parts.push('', compareSection(results.frames, compare));
  } else if (compare?.error) parts.push('', `Scroll comparison: error: ${compare.error}`);
  const notes = [];
  for (const [page, r] of Object.entries(results.lighthouse ?? {})) {
    if (r?.failedA11yAudits?.length) notes.push(`LH ${page} failing a11y audits: ${r.failedA11yAudits.join(', ')}`);
    if (r?.runtimeErrors?.length) notes.push(`LH ${page} runtime errors: ${r.runtimeErrors.join('; ')}`);
  }
  for (const [name, r] of Object.entries(results.frames ?? {})) {
    if (r?.pageErrors?.length) notes.push(`Frames ${name} page errors: ${r.pageErrors.join('; ')}`);
    if (r?.timedOut) notes.push(`Frames ${name}: scroll stopped by the time limit before the bottom`);
  }
  for (const [page, js] of Object.entries(results.bytes?.storyJs ?? {})) {
    if (js.missing?.length) notes.push(`Story JS ${page}: scripts not found in dist: ${js.missing.join(', ')}`);
  }
  if (notes.length) parts.push('', ...notes.map((n) => `! ${n}`));
  const t = meta.timings;
  parts.push('', `Took ${Object.entries(t).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}`);
  return parts.join('\n');
}
