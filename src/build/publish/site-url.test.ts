import { describe, expect, it } from 'vitest';
import { absoluteUrl, DEFAULT_SITE_URL, siteUrl } from './site-url.ts';

describe('siteUrl(KC_SITE_URL)', () => {
  it('defaults to the documented address', () => {
    expect(siteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(siteUrl('  ')).toBe(DEFAULT_SITE_URL);
    expect(DEFAULT_SITE_URL).toBe('https://kecheng.example/');
  });

  it('ends the address in a slash and drops a query and a hash', () => {
    expect(siteUrl('https://news.example.com/graphics/kecheng')).toBe('https://news.example.com/graphics/kecheng/');
    expect(siteUrl('https://news.example.com/?x=1#top')).toBe('https://news.example.com/');
    expect(siteUrl('http://127.0.0.1:4173')).toBe('http://127.0.0.1:4173/');
  });

  it('refuses what is not an http(s) address, naming the setting', () => {
    expect(() => siteUrl('kecheng.example')).toThrow(/KC_SITE_URL/);
    expect(() => siteUrl('ftp://kecheng.example/')).toThrow(/KC_SITE_URL: expected an http\(s\) URL/);
  });
});

describe('absoluteUrl(site, path)', () => {
  it('resolves a path of the site under its address, a page by its folder', () => {
    const site = 'https://news.example.com/kecheng/';
    expect(absoluteUrl(site, 'index.html')).toBe('https://news.example.com/kecheng/');
    expect(absoluteUrl(site, 'en/index.html')).toBe('https://news.example.com/kecheng/en/');
    expect(absoluteUrl(site, '/en/handout/teacher/index.html')).toBe('https://news.example.com/kecheng/en/handout/teacher/');
    expect(absoluteUrl(site, 'share/kecheng-zh.png')).toBe('https://news.example.com/kecheng/share/kecheng-zh.png');
  });
});
