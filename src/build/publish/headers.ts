/**
 * The HTTP headers a host should send with the built site, written by the build as `dist/_headers` (the format
 * Netlify and Cloudflare Pages read; README, "Publishing", says what they mean for any other server).
 */

/**
 * The story's pages, the handouts and the chart page run under this policy: scripts only from the site's own files
 * (no inline script, no eval), nothing from elsewhere. Inline styles stay allowed for the story's pages: their
 * prerendered charts carry a <style> in each declarative shadow root. The charts themselves need none (the chart
 * page runs under `style-src 'self'` in tests/e2e/csp.spec.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

/** Module scripts other origins load: the library, and the chart page's own in a sandboxed frame (origin null). */
export const SHARED_PATHS = ['/lib/*', '/assets/*'] as const;

/** Each rule: a path pattern and the headers for it; a file matching several gets them all. */
export const HEADER_RULES: readonly HeaderRule[] = [
  {
    path: '/*',
    why: 'every page',
    headers: {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    },
  },
  ...SHARED_PATHS.map((path) => ({
    path,
    why: 'loaded by other sites: module scripts and a sandboxed frame need CORS',
    headers: { 'Access-Control-Allow-Origin': '*' },
  })),
  {
    path: '/offline/*',
    why: 'the offline copies carry their script inline, for file://: downloaded, never shown from the site',
    headers: { 'Content-Disposition': 'attachment' },
  },
];

/** Files whose names carry a hash of their content: a new version has a new name, so a browser keeps them. */
export const HASHED_PATHS = ['/assets/*', '/lib/chunks/*'] as const;

/** Files at fixed addresses (the scripts editors' pages load, the offline copies): asked again each time. */
export const FIXED_FILES = ['/lib/kc-charts.js', '/embed/loader.js', '/offline/*'] as const;

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/**
 * Caching: hashed files for a year, the pages and the fixed scripts revalidated on every visit (`no-cache`), so a
 * correction reaches readers at once. The pages are listed one by one: a host joins the values of a header that
 * two matching rules set, so no page may also match a wildcard that sets Cache-Control.
 */
export function cacheRules(htmlFiles: readonly string[]): HeaderRule[] {
  const pages = [...new Set(htmlFiles.flatMap((file) => pagePaths(file)))].sort();
  return [
    ...HASHED_PATHS.map((path) => ({ path, why: 'named by their content: kept for a year', headers: { 'Cache-Control': IMMUTABLE } })),
    ...[...FIXED_FILES, ...pages].map((path) => ({
      path,
      why: 'a fixed address: asked again on every visit',
      headers: { 'Cache-Control': REVALIDATE },
    })),
  ];
}

/** The addresses a built HTML file answers at: `en/index.html` at `/en/` and `/en/index.html`. */
export function pagePaths(file: string): string[] {
  const path = `/${file.replace(/^\/+/, '')}`;
  return path.endsWith('/index.html') ? [path.slice(0, -'index.html'.length), path] : [path];
}

export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
  why: string;
}

/** The `_headers` file: the rules for every file, then caching for the built pages (`htmlFiles`, relative to dist/). */
export function headersFile(htmlFiles: readonly string[] = []): string {
  const lines = ['# Written by the build (src/build/publish/headers.ts): the headers this site needs. README, "Publishing".'];
  let why = '';
  for (const rule of [...HEADER_RULES, ...cacheRules(htmlFiles)]) {
    if (rule.why !== why) lines.push(`# ${rule.why}`);
    why = rule.why;
    lines.push(rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

/** The rules of a `_headers` file, in order: each path pattern and its headers. */
export function parseHeadersFile(text: string): { path: string; headers: [string, string][] }[] {
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (/^\S/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const at = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || at < 0) throw new Error(`_headers: a header line outside a path, or without a colon: "${line.trim()}"`);
    rule.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return rules;
}

/** Whether a request path matches a rule's pattern: exact, or up to a final `*` that matches the rest. */
export function pathMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/**
 * The headers for a request path, as Netlify and Cloudflare Pages send them: every matching rule's headers, the
 * values of a header that several rules set joined with a comma.
 */
export function headersFor(rules: ReturnType<typeof parseHeadersFile>, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!pathMatches(rule.path, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = Object.keys(out).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}
