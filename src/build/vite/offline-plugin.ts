import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { browserDataPlugin } from './browser-data-plugin.ts';
import { quotesModulePlugin } from './quotes-module-plugin.ts';
import type { Plugin, ResolvedConfig } from 'vite';
import type { Lang } from '../../model/types.ts';
import { LANGS } from '../story/load-story.ts';

/**
 * The offline copy: each language's story as one HTML file that needs nothing else, for a teacher who carries
 * the lesson on a USB stick to a classroom without network. Opened from file://, where a module script written
 * into the page runs but nothing can be fetched, it must hold everything: the page's CSS, the whole of the
 * script with every module that is otherwise loaded on demand (charts, presentation mode, the chart tools),
 * and the standalone chart images of the steps (for readers without scripts, and for printing).
 */

const STORY_ID = 'kecheng-five-years';

/** Where the build writes a language's offline copy, relative to the site root. */
export const offlineFile = (lang: Lang): string => `offline/${STORY_ID}-${lang}.html`;

/** The built page each copy is made from, relative to the site root. */
const PAGE: Record<Lang, string> = { zh: 'index.html', en: 'en/index.html' };

export interface OfflineParts {
  /** The text of a stylesheet the page links to, by its href in the page. */
  css: (href: string) => string;
  /** The whole script, every dynamic import inlined. */
  js: string;
  /** CSS the script's modules import (none, or what presentation mode brings), for the page's head. */
  scriptCss?: string;
  /** The text of an image the page refers to (a step's standalone chart), by its src in the page. */
  image: (src: string) => string;
  /** The offline copy of the story in the other language, from this one. */
  otherLangHref: string;
  /** The site's SVG icon (public/favicon.svg), written into the page as a data: URL; without it, no icon. */
  icon?: string;
}

/** Code as the content of an inline script: `</script` would end the element early. */
const scriptText = (js: string): string => js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

/**
 * Turns a built page into its offline copy: stylesheets, script and images written into the page, the other
 * language pointed at the other offline copy, and the links to pages the copy does not carry taken out (the
 * language versions, the canonical address, the icon files: the icon comes as a data: URL).
 */
export function offlineHtml(page: string, parts: OfflineParts): string {
  const html = page
    .replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/g, (tag) => {
      const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
      if (!href) throw new Error(`stylesheet without href: ${tag}`);
      return `<style>${parts.css(href).replace(/<\/style/gi, '<\\/style')}</style>`;
    })
    .replace(/<link\b[^>]*\brel="(?:modulepreload|alternate|canonical|icon|apple-touch-icon)"[^>]*>\s*/g, '')
    .replace(/<script\b[^>]*>[^]*?<\/script>\s*/g, '')
    .replace(/<nav class="classroom-links"[^]*?<\/nav>\s*/g, '')
    .replace(/(<a class="lang-switch" href=")[^"]*(")/g, `$1${parts.otherLangHref}$2`)
    .replace(/(<img src=")([^"]+\.svg)(")/g, (_, open: string, src: string, close: string) => {
      const data = Buffer.from(parts.image(src), 'utf8').toString('base64');
      return `${open}data:image/svg+xml;base64,${data}${close}`;
    });
  // Functions, not strings, as replacements: code is full of `$` patterns String.replace would expand.
  const script = `<script type="module">${scriptText(parts.js)}</script>\n</body>`;
  const icon = parts.icon
    ? `<link rel="icon" href="data:image/svg+xml;base64,${Buffer.from(parts.icon, 'utf8').toString('base64')}">\n`
    : '';
  const css = parts.scriptCss ? `<style>${parts.scriptCss.replace(/<\/style/gi, '<\\/style')}</style>\n</head>` : '</head>';
  return html.replace('</head>', () => icon + css).replace('</body>', () => script);
}

/** Builds the page's script once more as a single file: no chunks, every dynamic import inlined. */
async function singleScript(root: string): Promise<{ js: string; css: string }> {
  const { build } = await import('vite');
  const result = await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    // The site's own data plugins: quotes stay out of the data, and come as the receipts' module.
    plugins: [browserDataPlugin(root), quotesModulePlugin(root)],
    build: {
      write: false,
      target: 'es2022',
      modulePreload: false,
      copyPublicDir: false,
      rolldownOptions: {
        input: resolve(root, 'src/main.ts'),
        output: { format: 'es', codeSplitting: false },
      },
    },
  });
  type Output = { type: string; code?: string; source?: string | Uint8Array; fileName: string };
  const outputs = (Array.isArray(result) ? result : [result]) as { output: Output[] }[];
  const files = outputs.flatMap((o) => o.output);
  const chunks = files.filter((f) => f.type === 'chunk');
  if (chunks.length !== 1 || !chunks[0]?.code) {
    throw new Error(`offline copy: expected one script, got ${chunks.map((c) => c.fileName).join(', ') || 'none'}`);
  }
  const assets = files.filter((f) => f.type === 'asset');
  const other = assets.filter((f) => !f.fileName.endsWith('.css')).map((f) => f.fileName);
  if (other.length) throw new Error(`offline copy: the script needs files it cannot carry: ${other.join(', ')}`);
  const css = assets.map((f) => (typeof f.source === 'string' ? f.source : Buffer.from(f.source ?? []).toString('utf8'))).join('\n');
  return { js: chunks[0].code, css };
}

/** After the site is written: the offline copy of each language's story, made from its built page. */
export function offlinePlugin(root = process.cwd()): Plugin {
  let config: ResolvedConfig | undefined;
  // closeBundle runs after a failed build too: only a site that was written has pages to copy.
  let written = false;
  return {
    name: 'kc-offline',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      written = false;
    },
    writeBundle() {
      written = true;
    },
    async closeBundle() {
      if (!config || !written) return;
      const outDir = resolve(config.root, config.build.outDir);
      const { js, css } = await singleScript(root);
      const iconFile = resolve(root, 'public/favicon.svg');
      for (const lang of LANGS) {
        const pagePath = join(outDir, PAGE[lang]);
        const from = (href: string): string => readFileSync(resolve(dirname(pagePath), href), 'utf8');
        const other: Lang = lang === 'zh' ? 'en' : 'zh';
        const html = offlineHtml(readFileSync(pagePath, 'utf8'), {
          css: from,
          js,
          scriptCss: css,
          image: from,
          otherLangHref: `./${offlineFile(other).split('/').pop() ?? ''}`,
          icon: existsSync(iconFile) ? readFileSync(iconFile, 'utf8') : undefined,
        });
        const target = join(outDir, offlineFile(lang));
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, html);
      }
    },
  };
}
