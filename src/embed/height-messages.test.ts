import { describe, expect, it } from 'vitest';
import { heightMessages, isHeightMessage } from './height-messages.ts';

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
