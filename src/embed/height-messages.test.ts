import { describe, expect, it } from 'vitest';
import { hasOpaqueOrigin, heightMessages, isEmbedAddress, isHeightMessage } from './height-messages.ts';

describe('heightMessages(id, height)', () => {
  it('rounds the height up and sends it in our format and in AMP’s', () => {
    expect(heightMessages('gdp', 480.2)).toEqual([
      { type: 'kc-embed-height', id: 'gdp', height: 481 },
      { sentinel: 'amp', type: 'embed-size', height: 481 },
    ]);
  });
});

describe('isHeightMessage(data)', () => {
  it.each([
    [{ type: 'kc-embed-height', id: 'gdp', height: 480 }, true],
    [{ type: 'kc-embed-height', height: 0 }, false],
    [{ type: 'kc-embed-height', height: -5 }, false],
    [{ type: 'kc-embed-height', height: Number.NaN }, false],
    [{ type: 'kc-embed-height', height: Number.POSITIVE_INFINITY }, false],
    [{ type: 'kc-embed-height', height: '480' }, false],
    [{ type: 'kc-embed-height', height: 1e9 }, false],
    [{ type: 'embed-size', height: 480 }, false],
    [null, false],
    ['kc-embed-height', false],
  ])('%j is %s', (data, expected) => {
    expect(isHeightMessage(data)).toBe(expected);
  });
});

describe('isEmbedAddress(src, embedPage)', () => {
  const page = new URL('https://charts.example/story/embed/');
  it.each([
    ['https://charts.example/story/embed/?chart=gdp&lang=en', true],
    ['https://charts.example/story/embed/index.html?chart=gdp', true],
    ['/story/embed/?chart=map', true],
    ['https://charts.example/story/embed/gdp/target/en/', true],
    ['https://charts.example/story/embed/tracker/gdp-2026/zh/index.html?theme=dark', true],
    ['https://charts.example/story/embed/gdp/target/', false],
    ['https://charts.example/story/embed/gdp/target/en/oembed.json', false],
    ['https://charts.example/story/embed/a/b/c/en/', false],
    ['https://ads.example/story/embed/?chart=gdp', false],
    ['https://charts.example/story/', false],
    ['https://charts.example/story/embed/other.html', false],
    ['https://charts.example/elsewhere/embed/', false],
    ['http://charts.example/story/embed/', false],
    ['about:blank', false],
    ['', false],
  ])('%s is the embed page: %s', (src, expected) => {
    expect(isEmbedAddress(src, page)).toBe(expected);
  });
});

describe('hasOpaqueOrigin(sandbox)', () => {
  it.each([
    [null, false],
    ['allow-scripts allow-same-origin', false],
    ['ALLOW-SAME-ORIGIN allow-scripts', false],
    ['allow-scripts', true],
    ['', true],
  ])('sandbox=%j takes the origin away: %s', (sandbox, expected) => {
    expect(hasOpaqueOrigin(sandbox)).toBe(expected);
  });
});
