import { sourceLine } from '../../model/source-line.ts';
import type { DataBundle, Lang } from '../../model/types.ts';
import { t } from '../../model/i18n/strings.ts';
import { plainText } from '../story/build-story.ts';
import { escapeHtml } from './escape-html.ts';
import { licenceHtml } from './licence-html.ts';
import { copyToHtml, correctionsHtml, questionsHtml, sourcesHtml } from './render-html.ts';
import { EndNotes } from './receipts-html.ts';
import { standalonePlotSvg, staticChartText } from './static-chart.ts';
import { legendLine } from './static-figure.ts';
import type { Paragraph, Story, StoryStep } from '../story/story-model.ts';

/** Which handout: the class's, or the teacher's with each step's note and the chapters' questions. */
export type HandoutKind = 'class' | 'teacher';

/** Where each handout page sits, relative to the site root. */
export function handoutPath(lang: Lang, kind: HandoutKind): string {
  return `${lang === 'zh' ? '' : 'en/'}handout/${kind === 'teacher' ? 'teacher/' : ''}index.html`;
}

const paragraphs = (list: Paragraph[], notes?: EndNotes): string => list.map((p) => `<p>${copyToHtml(p, undefined, notes)}</p>`).join('');

/** The frame's CSS, written once per page and scoped to the charts, so its rules for `figure` or `.title` stay inside them. */
export function chartCss(svg: string): string {
  const css = /<style>([^]*?)<\/style>/.exec(svg)?.[1] ?? '';
  return `@scope (.chart-svg) {\n${css}\n}`;
}

/**
 * A step's standalone chart as inline SVG: its style moved to the page, its ids made unique in the page,
 * named for assistive technology by the chart's summary.
 */
export function inlineSvg(svg: string, stepId: string, summary: string): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');
  let out = svg.replace(/<style>[^]*?<\/style>/, '');
  for (const id of ids) {
    const unique = `${id}--${stepId}`;
    out = out
      .replaceAll(`id="${id}"`, `id="${unique}"`)
      .replaceAll(`#${id})`, `#${unique})`)
      .replaceAll(`href="#${id}"`, `href="#${unique}"`);
  }
  return out.replace(/^<svg\b/, `<svg role="img" aria-label="${escapeHtml(summary)}"`);
}

function stepHtml(step: StoryStep, index: number, lang: Lang, data: DataBundle, kind: HandoutKind, svg: string, notes: EndNotes): string {
  const text = staticChartText(step.chart, step.view, lang, data);
  const legend = legendLine(text.legend);
  const chapter = step.chapter ? `<h2 class="chapter">${escapeHtml(step.chapter)}</h2>` : '';
  const teacher =
    kind === 'teacher' && (step.note?.length || step.questions?.length)
      ? `<div class="teacher">${step.note?.length ? `<div class="teacher-note"><h3>${t('teacherNote', lang)}</h3>${paragraphs(step.note, notes)}</div>` : ''}${questionsHtml(step, lang, 3, notes)}</div>`
      : '';
  return `<section class="handout-step${step.chapter ? ' opens-chapter' : ''}" id="${step.id}" data-step="${step.id}">
<div class="step-main">${chapter}<div class="step-body">
<figure class="handout-figure">
<p class="figure-title"><span class="step-number">${index + 1}</span> ${escapeHtml(text.title)}</p>
${legend ? `<p class="figure-legend">${legend}</p>` : ''}
<div class="chart-svg">${inlineSvg(svg, step.id, text.summary)}</div>
<figcaption>${text.notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('')}<p>${escapeHtml(sourceLine(text.sourceIds, data.sources, lang))}</p></figcaption>
</figure>
<div class="step-text">${paragraphs(step.text, notes)}</div>
</div></div>
${teacher}
</section>`;
}

export interface HandoutLinks {
  /** The story, from this page. */
  story: string;
  /** The other kind of handout in the same language. */
  otherKind: string;
  /** The same handout in the other language. */
  otherLang: string;
  /**
   * The head's links and metadata (icons, canonical, language versions), as HTML the build made with
   * src/build/publish/page-metadata.ts; without it, an empty icon.
   */
  head?: string;
}

/**
 * A printable handout of the whole story as one HTML page, for A4: title, dek and date; every step's chart as
 * inline vector SVG beside its text; for the teacher, each step's note and the chapters' questions; the sources;
 * the corrections log.
 * Light only (it is paper), self-contained but for its links: no script, no image file, no font download.
 */
export function renderHandoutHtml(story: Story, data: DataBundle, kind: HandoutKind, css: string, links: HandoutLinks): string {
  const { lang } = story;
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const svgs = story.steps.map((step) => standalonePlotSvg(step.chart, step.view, lang, data));
  const label = t(kind === 'teacher' ? 'teacherHandout' : 'handout', lang);
  const otherLabel = t(kind === 'teacher' ? 'handout' : 'teacherHandout', lang);
  const description = story.dek.map(plainText).join(' ');
  // Every figure of the copy, the corrections' too, is numbered to its receipt at the end.
  const notes = new EndNotes(lang, data);
  const dek = paragraphs(story.dek, notes);
  const steps = story.steps.map((step, i) => stepHtml(step, i, lang, data, kind, svgs[i] ?? '', notes)).join('\n');
  const corrections = correctionsHtml(story, notes);
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-Hans' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(label)} · ${escapeHtml(story.title)}</title>
<meta name="description" content="${escapeHtml(description)}">
<meta name="color-scheme" content="light">
${links.head ?? '<link rel="icon" href="data:,">'}
<style>
${css}
${svgs[0] ? chartCss(svgs[0]) : ''}
</style>
</head>
<body class="handout handout-${kind}">
<nav class="handout-bar" aria-label="${escapeHtml(t('handoutLinks', lang))}">
<a href="${escapeHtml(links.story)}">${t('backToStory', lang)}</a>
<a href="${escapeHtml(links.otherKind)}">${escapeHtml(otherLabel)}</a>
<a href="${escapeHtml(links.otherLang)}" hreflang="${other}" lang="${other}">${t('otherLanguage', lang)}</a>
</nav>
<main>
<header class="handout-head">
<p class="kind">${escapeHtml(label)}</p>
<h1>${escapeHtml(story.title)}</h1>
<div class="dek">${dek}</div>
<p class="byline">${escapeHtml(story.byline)} · ${t('updated', lang)} <time datetime="${escapeHtml(story.updated)}">${escapeHtml(story.updated)}</time></p>
</header>
${steps}
${sourcesHtml(data, lang)}
${corrections}
${notes.html()}
${licenceHtml(lang, 'p')}
<p class="printed">${escapeHtml(story.title)} · ${t('updated', lang)} <time datetime="${escapeHtml(story.updated)}">${escapeHtml(story.updated)}</time></p>
</main>
</body>
</html>
`;
}
