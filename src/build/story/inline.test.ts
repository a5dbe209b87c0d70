import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InlineError, isSafeHref, parseInline, tokensIn } from './inline.ts';

describe('parseInline(text)', () => {
  it('reads plain text as one text node', () => {
    expect(parseInline('柯城区')).toEqual([{ type: 'text', text: '柯城区' }]);
  });
  it('reads *emphasis*, **strong**, links and tokens', () => {
    expect(parseInline('a *b* **c** [d](https://e.org) {gdp:2020}')).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'em', children: [{ type: 'text', text: 'b' }] },
      { type: 'text', text: ' ' },
      { type: 'strong', children: [{ type: 'text', text: 'c' }] },
      { type: 'text', text: ' ' },
      { type: 'link', href: 'https://e.org', children: [{ type: 'text', text: 'd' }] },
      { type: 'text', text: ' ' },
      { type: 'token', token: 'gdp:2020' },
    ]);
  });
  it('finds tokens nested in emphasis', () => {
    expect(tokensIn(parseInline('**{gdp:2021}** and {cagr:gdp:2021:2026}'))).toEqual(['gdp:2021', 'cagr:gdp:2021:2026']);
  });
  it.each([
    ['<b>bold</b>', /raw HTML/],
    ['<script>alert(1)</script>', /raw HTML/],
    ['[x](javascript:alert(1))', /link target not allowed/],
    ['[x](data:text/html,hi)', /link target not allowed/],
    ['{gdp:2020', /unclosed token/],
    ['{}', /empty token/],
    ['*open', /unclosed \*/],
  ])('rejects %s', (text, message) => {
    expect(() => parseInline(text)).toThrow(message);
  });
  it('keeps an escaped brace as text', () => {
    expect(parseInline('\\{x')).toEqual([{ type: 'text', text: '{x' }]);
  });
  it('never throws anything but InlineError, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        try {
          parseInline(text);
        } catch (error) {
          if (!(error instanceof InlineError)) throw error;
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isSafeHref(href)', () => {
  it.each([
    ['https://example.org/a', true],
    ['#gdp-break', true],
    ['../en/', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['vbscript:x', false],
    ['//evil.example/x', false],
  ])('%s is safe: %s', (href, safe) => {
    expect(isSafeHref(href)).toBe(safe);
  });
});
