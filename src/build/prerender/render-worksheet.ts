import { sourceLine } from '../../model/source-line.ts';
import type { DataBundle, Lang } from '../../model/types.ts';
import { t } from '../../model/i18n/strings.ts';
import { plainText } from '../story/build-story.ts';
import { escapeHtml } from './escape-html.ts';
import { licenceHtml } from './licence-html.ts';
import { chartCss, inlineSvg, type HandoutLinks } from './render-handout.ts';
import { copyToHtml, sourcesHtml } from './render-html.ts';
import { standalonePlotSvg, staticChartText } from './static-chart.ts';
import { legendLine } from './static-figure.ts';
import type { Story, StoryStep } from '../story/story-model.ts';

/** Where each worksheet sits, relative to the site root. */
export function worksheetPath(lang: Lang): string {
  return `${lang === 'zh' ? '' : 'en/'}worksheet/index.html`;
}

/** Ruled lines under each question: room for four or five lines of handwriting (7 mm apart in print). */
export const ANSWER_LINES = 5;

/**
 * The chapters of a worksheet. A chapter's key chart is the chart of the step that opens it: that step is the
 * one that carries the chapter's discussion questions (the story model puts them there and nowhere else), so
 * the questions sit under the chart they were written for. The questions are the story file's own, read here.
 */
export function worksheetChapters(story: Story): StoryStep[] {
  return story.steps.filter((step) => step.chapter);
}

/** A table with more rows than this is set smaller, so that it fits one A4 page (the scorecards: 21 and 22 rows). */
const LONG_TABLE = 12;

/** A cell this short is kept on one line (a narrow column would break 经济发展 into 经济发 / 展). */
const SHORT_CELL = 8;

/**
 * The chart's data table, as compact HTML: the first column names each row. On screen it scrolls in its own box
 * (sideways on a phone, down when it is taller than the screen), which takes the focus so that a keyboard can
 * scroll it, named by the chapter (two chapters may show the same chart).
 */
function tableHtml(step: StoryStep, lang: Lang, columns: string[], rows: string[][]): string {
  const cell = (tag: 'th' | 'td', value: string, scope = ''): string =>
    `<${tag}${scope}${[...value].length <= SHORT_CELL ? ' class="short"' : ''}>${escapeHtml(value)}</${tag}>`;
  const body = rows
    .map((row) => `<tr>${row.map((v, i) => (i === 0 ? cell('th', v, ' scope="row"') : cell('td', v))).join('')}</tr>`)
    .join('');
  const label = `${t('dataTable', lang)}${lang === 'zh' ? '：' : ': '}${step.chapter ?? ''}`;
  const long = rows.length > LONG_TABLE ? ' long' : '';
  return `<div class="worksheet-table${long}" data-step="${step.id}" role="region" tabindex="0" aria-label="${escapeHtml(label)}"><table>
<caption>${t('dataTable', lang)}</caption>
<thead><tr>${columns.map((c) => cell('th', c, ' scope="col"')).join('')}</tr></thead>
<tbody>${body}</tbody>
</table></div>`;
}

/** The chapter's questions, numbered, each followed by ruled lines to write on (decoration: hidden from assistive technology). */
function questionsHtml(step: StoryStep, lang: Lang): string {
  if (!step.questions?.length) return '';
  const lines = `<div class="answer-lines" aria-hidden="true">${'<span></span>'.repeat(ANSWER_LINES)}</div>`;
  const items = step.questions.map((q) => `<li class="worksheet-question"><p>${copyToHtml(q)}</p>${lines}</li>`).join('\n');
  return `<div class="worksheet-questions">
<h3>${t('discussionQuestions', lang)}</h3>
<ol>
${items}
</ol>
</div>`;
}

function chapterHtml(step: StoryStep, lang: Lang, data: DataBundle, svg: string): string {
  const text = staticChartText(step.chart, step.view, lang, data);
  const legend = legendLine(text.legend);
  const heading = `ws-${step.id}-heading`;
  return `<section class="worksheet-chapter" id="ws-${step.id}" data-step="${step.id}" aria-labelledby="${heading}">
<div class="chapter-lead">
<h2 class="chapter" id="${heading}">${escapeHtml(step.chapter ?? '')}</h2>
<figure class="handout-figure worksheet-figure">
<p class="figure-title">${escapeHtml(text.title)}</p>
${legend ? `<p class="figure-legend">${legend}</p>` : ''}
<div class="chart-svg">${inlineSvg(svg, step.id, text.summary)}</div>
<figcaption>${text.notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('')}<p>${escapeHtml(sourceLine(text.sourceIds, data.sources, lang))}</p></figcaption>
</figure>
</div>
${tableHtml(step, lang, text.table.columns, text.table.rows)}
${questionsHtml(step, lang)}
</section>`;
}

/** The lines a student fills in at the top of the sheet. */
function fillInHtml(lang: Lang): string {
  const field = (key: 'worksheetName' | 'worksheetClass' | 'worksheetDate'): string =>
    `<span class="fill-in-field ${key}">${t(key, lang)}<span class="fill-in-line"></span></span>`;
  return `<p class="fill-in">${field('worksheetName')}${field('worksheetClass')}${field('worksheetDate')}</p>`;
}

/**
 * The students' worksheet of the story as one HTML page, for A4: the fill-in lines (name, class, date), then for
 * each chapter its heading, its key chart (inline SVG, see worksheetChapters), the chart's data table and the
 * chapter's discussion questions, each with ruled lines to write on; the sources of those charts at the end.
 * No teacher's note, no receipts. Light only, no script, no image file, no font download.
 */
export function renderWorksheetHtml(
  story: Story,
  data: DataBundle,
  css: string,
  links: Omit<HandoutLinks, 'otherKind'> & { handout: string },
): string {
  const { lang } = story;
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const chapters = worksheetChapters(story);
  const svgs = chapters.map((step) => standalonePlotSvg(step.chart, step.view, lang, data));
  const label = t('worksheet', lang);
  const description = story.dek.map(plainText).join(' ');
  // The sources of the charts on the sheet, not the story's whole list.
  const cited = new Set(chapters.flatMap((step) => staticChartText(step.chart, step.view, lang, data).sourceIds));
  const sources = Object.fromEntries(Object.entries(data.sources).filter(([id]) => cited.has(id)));
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
<body class="handout worksheet">
<nav class="handout-bar" aria-label="${escapeHtml(t('handoutLinks', lang))}">
<a href="${escapeHtml(links.story)}">${t('backToStory', lang)}</a>
<a href="${escapeHtml(links.handout)}">${t('handout', lang)}</a>
<a href="${escapeHtml(links.otherLang)}" hreflang="${other}" lang="${other}">${t('otherLanguage', lang)}</a>
</nav>
<main>
<header class="handout-head worksheet-head">
<p class="kind">${escapeHtml(label)}</p>
<h1>${escapeHtml(story.title)}</h1>
<p class="byline">${escapeHtml(story.byline)} · ${t('updated', lang)} <time datetime="${escapeHtml(story.updated)}">${escapeHtml(story.updated)}</time></p>
${fillInHtml(lang)}
</header>
${chapters.map((step, i) => chapterHtml(step, lang, data, svgs[i] ?? '')).join('\n')}
${sourcesHtml({ ...data, sources }, lang)}
${licenceHtml(lang, 'p')}
<p class="printed">${escapeHtml(story.title)} · ${t('updated', lang)} <time datetime="${escapeHtml(story.updated)}">${escapeHtml(story.updated)}</time></p>
</main>
</body>
</html>
`;
}
