import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersFile, headersFor, parseHeadersFile, pathMatches } from './headers.ts';

describe('the headers file', () => {
  it('sends the strict policy for every page: own scripts only, no inline script, no eval', () => {
    const file = headersFile();
    expect(file).toContain(`/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
    const script = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'));
    expect(script).toBe("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'self'");
  });

  it('lets other sites load the library, the chart page and its assets', () => {
    const file = headersFile();
    for (const path of ['/lib/*', '/assets/*']) expect(file).toContain(`${path}\n  Access-Control-Allow-Origin: *\n`);
  });

  it('has one header per line, indented under its path (the format Netlify and Cloudflare Pages read)', () => {
    for (const line of headersFile().trimEnd().split('\n')) expect(line).toMatch(/^(# .+|\/\S*| {2}[A-Za-z-]+: \S.*)$/);
  });
});

describe('caching', () => {
  const pages = ['index.html', 'en/index.html', 'handout/teacher/index.html', 'embed/index.html'];
  const rules = parseHeadersFile(headersFile(pages));

  it('keeps hashed files for a year and has every page and fixed script revalidated, each page at both its addresses', () => {
    expect(headersFor(rules, '/assets/main-abc123.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/lib/chunks/text-DTeoCTdZ.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    for (const path of [
      '/',
      '/index.html',
      '/en/',
      '/en/index.html',
      '/handout/teacher/',
      '/embed/',
      '/lib/kc-charts.js',
      '/embed/loader.js',
    ])
      expect(headersFor(rules, path)['Cache-Control'], path).toBe('no-cache');
    expect(headersFor(rules, '/offline/kecheng-five-years-en.html')['Cache-Control']).toBe('no-cache');
  });

  it('gives no file two Cache-Control rules (a host would join their values into nonsense)', () => {
    const paths = [
      '/',
      '/en/index.html',
      '/assets/x-1.js',
      '/lib/kc-charts.js',
      '/lib/chunks/a-1.js',
      '/embed/loader.js',
      '/offline/a.html',
    ];
    for (const path of paths) {
      const setting = rules.filter((r) => pathMatches(r.path, path) && r.headers.some(([name]) => name === 'Cache-Control'));
      expect(
        setting.map((r) => r.path),
        path,
      ).toHaveLength(1);
    }
  });

  it('keeps the policy, nosniff and CORS on the pages and files that need them', () => {
    const page = headersFor(rules, '/en/');
    expect(page['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page['X-Content-Type-Options']).toBe('nosniff');
    expect(headersFor(rules, '/lib/chunks/a-1.js')['Access-Control-Allow-Origin']).toBe('*');
    expect(page['Access-Control-Allow-Origin']).toBeUndefined();
  });
});

describe('reading a _headers file as a host does', () => {
  it('matches exact paths and a final splat, and joins the values of a header two rules set', () => {
    const rules = parseHeadersFile('# c\n/*\n  X-A: 1\n/a/*\n  X-A: 2\n  X-B: b\n/a/b\n  X-C: c\n');
    expect(headersFor(rules, '/a/b')).toEqual({ 'X-A': '1, 2', 'X-B': 'b', 'X-C': 'c' });
    expect(headersFor(rules, '/a/c')).toEqual({ 'X-A': '1, 2', 'X-B': 'b' });
    expect(headersFor(rules, '/b')).toEqual({ 'X-A': '1' });
    expect(pathMatches('/a/b', '/a/b/')).toBe(false);
  });

  it('refuses a header line outside a rule', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/outside a path/);
  });
});
