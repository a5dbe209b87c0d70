import { describe, expect, it } from 'vitest';
import { ModelCache } from './model-cache.ts';

describe('ModelCache', () => {
  it('lays a view out once per width, language and dataset, and height', () => {
    const cache = new ModelCache<string>();
    let made = 0;
    const make = (name: string) => () => `${name} ${++made}`;
    expect(cache.get('366 en', 'quzhou 173', make('a'))).toBe('a 1');
    expect(cache.get('366 en', 'quzhou 173', make('b'))).toBe('a 1');
    // Another height of the same view, and another view, are laid out; the first stays.
    expect(cache.get('366 en', 'quzhou 206', make('c'))).toBe('c 2');
    expect(cache.get('366 en', 'locator 206', make('d'))).toBe('d 3');
    expect(cache.get('366 en', 'quzhou 173', make('e'))).toBe('a 1');
    // A new width or language starts afresh.
    expect(cache.get('366 zh', 'quzhou 173', make('f'))).toBe('f 4');
    expect(cache.get('366 en', 'quzhou 173', make('g'))).toBe('g 5');
  });

  it('keeps sixteen models, letting the oldest go first', () => {
    const cache = new ModelCache<number>();
    for (let h = 0; h < 17; h++) cache.get('w', `v ${h}`, () => h);
    expect(cache.get('w', 'v 16', () => -1)).toBe(16);
    expect(cache.get('w', 'v 1', () => -1)).toBe(1);
    expect(cache.get('w', 'v 0', () => -1)).toBe(-1);
  });
});
