import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersFile } from './headers.ts';

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
