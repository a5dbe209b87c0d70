import { describe, expect, it } from 'vitest';
import { defineOnce } from './define.ts';

/** A registry like the browser's: define throws on a taken name. */
function registry(): CustomElementRegistry {
  const defined = new Map<string, CustomElementConstructor>();
  return {
    get: (name: string) => defined.get(name),
    define: (name: string, element: CustomElementConstructor) => {
      if (defined.has(name)) throw new Error(`"${name}" has already been used with this registry`);
      defined.set(name, element);
    },
  } as unknown as CustomElementRegistry;
}

describe('defineOnce(tag, element, registry)', () => {
  it('defines a new tag', () => {
    const r = registry();
    const A = class {} as unknown as CustomElementConstructor;
    expect(defineOnce('kc-a', A, r)).toBe(true);
    expect(r.get('kc-a')).toBe(A);
  });
  it('leaves a defined tag to its first definition, without throwing (a library loaded twice)', () => {
    const r = registry();
    const A = class {} as unknown as CustomElementConstructor;
    const B = class {} as unknown as CustomElementConstructor;
    defineOnce('kc-a', A, r);
    expect(defineOnce('kc-a', B, r)).toBe(false);
    expect(r.get('kc-a')).toBe(A);
  });
});
