import { describe, expect, it } from 'vitest';
import { siteUrl } from './site-url.ts';

describe('siteUrl(env)', () => {
  it('defaults to the example address', () => {
    expect(siteUrl({})).toBe('https://kecheng.example/');
  });
  it('reads KC_SITE_URL and ends it in a slash', () => {
    expect(siteUrl({ KC_SITE_URL: 'https://news.example.com/kecheng' })).toBe('https://news.example.com/kecheng/');
    expect(siteUrl({ KC_SITE_URL: 'https://news.example.com/kecheng/' })).toBe('https://news.example.com/kecheng/');
  });
  it('fails on an address that is not one', () => {
    expect(() => siteUrl({ KC_SITE_URL: 'kecheng' })).toThrow();
  });
});
