import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Lang } from '../../model/types.ts';
import { inlineCssImports } from './css-imports.ts';
import { loadData, loadStory, LANGS } from '../story/load-story.ts';
import { handoutPath, renderHandoutHtml, type HandoutKind } from '../prerender/render-handout.ts';
import { renderWorksheetHtml, worksheetPath } from '../prerender/render-worksheet.ts';
import { headLinks, headTagHtml } from '../publish/page-metadata.ts';
import { siteUrl } from '../publish/site-url.ts';
import { handoutMetadata, worksheetMetadata } from '../publish/story-metadata.ts';

const STORY_ID = 'kecheng-five-years';
const KINDS: readonly HandoutKind[] = ['class', 'teacher'];

/** A CSS string literal. */
const cssString = (text: string): string => `"${text.replace(/["\\]/g, (c) => `\\${c}`).replace(/\n/g, ' ')}"`;

/** Relative link from one page of the site to another (both given from the root, directories ending in `/`). */
export function relativeHref(from: string, to: string): string {
  const up = from.split('/').length - 1;
  return (up ? '../'.repeat(up) : './') + to.replace(/index\.html$/, '');
}

/**
 * Writes the printable handouts into the build: for each language the class's and the teacher's, at
 * `handout/` and `handout/teacher/` (`en/…` for English), and the students' worksheet at `worksheet/`, from the
 * same story, data and standalone charts; each with its icons, canonical address and language versions (KC_SITE_URL).
 */
export function handoutPlugin(root = process.cwd(), site = siteUrl(process.env.KC_SITE_URL)): Plugin {
  return {
    name: 'kc-handout',
    apply: 'build',
    generateBundle() {
      const data = loadData(root);
      const stories = loadStory(root, STORY_ID, data);
      const css = inlineCssImports(resolve(root, 'src/styles/handout.css'));
      const worksheetCss = readFileSync(resolve(root, 'src/styles/worksheet.css'), 'utf8');
      for (const lang of LANGS) {
        const story = stories[lang];
        const other: Lang = lang === 'zh' ? 'en' : 'zh';
        const storyPage = lang === 'zh' ? 'index.html' : 'en/index.html';
        const footer = `@page { @bottom-left { content: ${cssString(story.title)}; font-size: 8pt; color: #4f4f59; } @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #4f4f59; } }`;
        for (const kind of KINDS) {
          const path = handoutPath(lang, kind);
          const html = renderHandoutHtml(story, data, kind, `${css}\n${footer}`, {
            story: relativeHref(path, storyPage),
            otherKind: relativeHref(path, handoutPath(lang, kind === 'teacher' ? 'class' : 'teacher')),
            otherLang: relativeHref(path, handoutPath(other, kind)),
            head: headLinks(handoutMetadata(site, lang, kind))
              .map(headTagHtml)
              .join('\n'),
          });
          this.emitFile({ type: 'asset', fileName: path, source: html });
        }
        const path = worksheetPath(lang);
        const worksheet = renderWorksheetHtml(story, data, `${css}\n${worksheetCss}\n${footer}`, {
          story: relativeHref(path, storyPage),
          handout: relativeHref(path, handoutPath(lang, 'class')),
          otherLang: relativeHref(path, worksheetPath(other)),
          head: headLinks(worksheetMetadata(site, lang)).map(headTagHtml).join('\n'),
        });
        this.emitFile({ type: 'asset', fileName: path, source: worksheet });
      }
    },
  };
}
