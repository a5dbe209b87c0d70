import { describe, expect, it } from 'vitest';
import { compactCss, compactCssTemplates } from './css-templates-plugin.ts';

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
    ).toBe(':host{display:flex;font-family:a,b}figure.compact>details[open]>summary:focus-visible{outline-offset:-3px}');
  });
  it('keeps descendant combinators and spaces inside values', () => {
    expect(compactCss(':host([fill]) .plot { margin: 0 0 0.5em; }')).toBe(':host([fill]) .plot{margin:0 0 0.5em}');
    expect(compactCss('.a :hover, .b { color: red !important; }')).toBe('.a :hover,.b{color:red!important}');
    expect(compactCss('@media (min-width: 600px) { .a { x: 1 } }')).toBe('@media (min-width:600px){.a{x:1}}');
  });
  it('keeps one space at the ends of a part between interpolations', () => {
    expect(compactCss('\n  .a {\n  }\n  ', false)).toBe(' .a{}');
    expect(compactCss('\n  ', false)).toBe(' ');
  });
});

describe('compactCssTemplates(code)', () => {
  it('compacts the css templates of a module, found by its syntax, and nothing else', () => {
    const code = [
      "const name = '柯城 { a }';",
      'const plot = css`\n  text {\n    fill: red;\n  }\n`;',
      'const frame = css`\n  ${plot}\n  :host {\n    display: flex;\n  }\n  ${plot}\n`;',
      'const other = html`<p>\n  keep   me\n</p>`;',
      'const text = `css` + `\n  a {  }\n`;',
      'type T = { a: number };',
    ].join('\n');
    expect(compactCssTemplates(code)).toBe(
      [
        "const name = '柯城 { a }';",
        'const plot = css`text{fill:red}`;',
        'const frame = css` ${plot} :host{display:flex}${plot} `;',
        'const other = html`<p>\n  keep   me\n</p>`;',
        'const text = `css` + `\n  a {  }\n`;',
        'type T = { a: number };',
      ].join('\n'),
    );
  });
  it('leaves a module without css templates alone', () => {
    expect(compactCssTemplates('const a = `x  {  }`;')).toBeNull();
  });
});
