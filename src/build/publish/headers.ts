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
export const HEADER_RULES: readonly { path: string; headers: Record<string, string>; why: string }[] = [
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

/** The `_headers` file. */
export function headersFile(): string {
  const lines = ['# Written by the build (src/build/publish/headers.ts): the headers this site needs. README, "Publishing".'];
  for (const rule of HEADER_RULES) {
    lines.push(`# ${rule.why}`, rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}
