import { minify, type Plugin } from 'vite';

/**
 * The library goes to browsers, not to bundlers: every chunk is minified in full (library mode keeps whitespace in
 * ES output, for bundlers that tree-shake it).
 */
export function libraryMinifyPlugin(): Plugin {
  return {
    name: 'kc-library-minify',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = (await minify(chunk.fileName, chunk.code, { module: true })).code;
      }
    },
  };
}
