import { minify, type Plugin } from 'vite';

/** The text of a lit css`…` template without comments and the indentation and line breaks between rules. */
export function compactCss(css: string): string {
  return css
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * The library goes to browsers, not to bundlers: its CSS templates lose their layout (lit passes them to
 * the browser as they are) and every chunk is minified in full (library mode keeps whitespace in ES output,
 * for bundlers that tree-shake it).
 */
export function libraryMinifyPlugin(): Plugin {
  return {
    name: 'kc-library-minify',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      // Only templates without interpolations: those are plain CSS text.
      return { code: code.replace(/\bcss`([^`$]*)`/g, (_whole, text: string) => `css\`${compactCss(text)}\``), map: null };
    },
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = (await minify(chunk.fileName, chunk.code, { module: true })).code;
      }
    },
  };
}
