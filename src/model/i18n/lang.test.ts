import { describe, expect, it } from 'vitest';
import { langOf } from './lang.ts';

describe('the language a lang value names', () => {
  it('reads the primary subtag, in any case', () => {
    expect(langOf('zh')).toBe('zh');
    expect(langOf('zh-Hans')).toBe('zh');
    expect(langOf('EN-gb')).toBe('en');
    expect(langOf(' en ')).toBe('en');
  });
  it('names none for a language the charts are not written in, or no language', () => {
    for (const value of ['fr', '', '__proto__', 'constructor', 'toString', 'z', null, undefined]) expect(langOf(value)).toBeUndefined();
  });
});
