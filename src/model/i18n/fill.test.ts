import { describe, expect, it } from 'vitest';
import { fill } from './fill.ts';

describe('fill', () => {
  it('fills each {name} from vars and leaves unknown names as written', () => {
    expect(fill('Step {i} of {n}', { i: 3, n: 22 })).toBe('Step 3 of 22');
    expect(fill('第 {i} 步，{x}', { i: 1 })).toBe('第 1 步，{x}');
  });
});
