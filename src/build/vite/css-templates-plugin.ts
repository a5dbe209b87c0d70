import { parseAst, type Plugin } from 'vite';

/**
 * CSS text without comments and without the indentation and line breaks between rules. `whole` is false for a part
 * of a template between interpolations, whose ends keep one space (what is on the other side is not known).
 */
export function compactCss(css: string, whole = true): string {
  const compact = css
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    // After a property's name (`display: flex`; a selector never has a space after its colon) and before !important.
    .replace(/([\w-]): /g, '$1:')
    .replace(/ !important/g, '!important')
    .replace(/;}/g, '}');
  return whole ? compact.trim() : compact;
}

interface Span {
  start: number;
  end: number;
  text: string;
}

/** Where, in a module's code, each text part of its lit css`…` templates is, found in the module's syntax tree. */
export function cssTemplateParts(code: string): (Span & { whole: boolean })[] {
  const parts: (Span & { whole: boolean })[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const n = node as { type?: string; tag?: { type?: string; name?: string }; quasi?: { quasis: TemplatePart[] } };
    if (n.type === 'TaggedTemplateExpression' && n.tag?.type === 'Identifier' && n.tag.name === 'css' && n.quasi) {
      const quasis = n.quasi.quasis;
      for (const quasi of quasis) {
        const span = textSpan(code, quasi);
        if (span) parts.push({ ...span, whole: quasis.length === 1 });
      }
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(parseAst(code, { lang: 'ts' }));
  return parts;
}

interface TemplatePart {
  start: number;
  end: number;
  tail: boolean;
  value: { raw: string };
}

/**
 * The text of a template part in the code. Parsers differ on whether a part's range takes in its delimiters
 * (` or } before it, ` or ${ after): the text is taken only where it is found exactly, else left alone.
 */
function textSpan(code: string, quasi: TemplatePart): Span | undefined {
  const { raw } = quasi.value;
  for (const [start, end] of [
    [quasi.start, quasi.end],
    [quasi.start + 1, quasi.end - (quasi.tail ? 1 : 2)],
  ] as const) {
    if (code.slice(start, end) === raw) return { start, end, text: raw };
  }
  return undefined;
}

/** The module with its css`…` templates compacted, or null when it has none. */
export function compactCssTemplates(code: string): string | null {
  const parts = cssTemplateParts(code);
  if (parts.length === 0) return null;
  let out = code;
  for (const part of parts.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, part.start) + compactCss(part.text, part.whole) + out.slice(part.end);
  }
  return out;
}

/** lit passes its CSS templates to the browser as written: in a build, they lose their comments and layout. */
export function cssTemplatesPlugin(): Plugin {
  return {
    name: 'kc-css-templates',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts') || !code.includes('css`')) return null;
      const compacted = compactCssTemplates(code);
      return compacted === null ? null : { code: compacted, map: null };
    },
  };
}
