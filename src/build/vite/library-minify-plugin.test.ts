import { describe, expect, it } from 'vitest';
import { compactCss } from './library-minify-plugin.ts';

describe('compactCss(css)', () => {
  it('drops comments, indentation and the last semicolon of a rule', () => {
    expect(
      compactCss(`
      /* the frame */
      :host {
        display: flex;
        font-family: a, b;
      }
      figure.compact > details[open] > summary:focus-visible {
        outline-offset: -3px;
      }`),
    ).toBe(':host{display: flex;font-family: a,b}figure.compact>details[open]>summary:focus-visible{outline-offset: -3px}');
  });
  it('keeps descendant combinators and spaces inside values', () => {
    expect(compactCss(':host([fill]) .plot { margin: 0 0 0.5em; }')).toBe(':host([fill]) .plot{margin: 0 0 0.5em}');
  });
});
