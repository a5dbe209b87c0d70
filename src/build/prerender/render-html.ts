import type { DataBundle, Lang } from '../../model/types.ts';
import { longDate } from '../../model/i18n/date.ts';
import { t } from '../../model/i18n/strings.ts';
import { licenceHtml } from './licence-html.ts';
import { escapeHtml } from './escape-html.ts';
import { brokenTextHtml, copyBreaks, lineRunsHtml } from './line-runs-html.ts';
import { staticChartHtml } from './static-chart.ts';
import { staticFigureHtml } from './static-figure.ts';
import { ReceiptNotes, type FigureNotes } from './receipts-html.ts';
import type { CopyNode, Paragraph, Story, StoryStep } from '../story/story-model.ts';

/**
 * A figure's number stays on one line with the first word of its unit (a no-break space); a long unit may wrap
 * after that ("99,300 yuan / per person"), so a figure never pushes a narrow card wider than the screen.
 */
export const keepNumberWithUnit = (text: string): string => text.replace(' ', '\u00a0');

/**
 * Copy as HTML, escaped. Given the language, a line breaks only between the copy's runs (model/line-breaks.ts),
 * found over the whole paragraph: a <wbr> between them, a run a browser would break inside held on one line.
 */
export function copyToHtml(nodes: CopyNode[], lang?: Lang, notes?: FigureNotes): string {
  const breaks = lang ? copyBreaks(nodes, lang) : undefined;
  let offset = 0;
  let inLink = false;
  const render = (list: CopyNode[]): string =>
    list
      .map((node) => {
        switch (node.type) {
          case 'text': {
            const html = breaks ? brokenTextHtml(node.text, offset, breaks) : escapeHtml(node.text);
            offset += node.text.length;
            return html;
          }
          case 'em':
            return `<em>${render(node.children)}</em>`;
          case 'strong':
            return `<strong>${render(node.children)}</strong>`;
          case 'link': {
            inLink = true;
            const children = render(node.children);
            inLink = false;
            return `<a href="${escapeHtml(node.href)}">${children}</a>`;
          }
          case 'figure': {
            const wbr = breaks?.wbr.has(offset) ? '<wbr>' : '';
            offset += node.text.length;
            const text = escapeHtml(keepNumberWithUnit(node.text));
            // A figure shows its receipt (a link cannot hold another: a figure in a link keeps its tooltip).
            if (notes && !inLink) return `${wbr}${notes.figure(node, text)}`;
            return `${wbr}<data class="fig" value="${node.value}" title="${escapeHtml(node.cite)}">${text}</data>`;
          }
        }
      })
      .join('');
  return render(nodes);
}

const paragraphs = (list: Paragraph[], lang?: Lang, notes?: FigureNotes): string =>
  list.map((p) => `<p>${copyToHtml(p, lang, notes)}</p>`).join('\n');

/** A step's discussion questions as a numbered list under its heading (`level` 2 or 3), or nothing. */
export function questionsHtml(step: StoryStep, lang: Lang, level = 3, notes?: FigureNotes): string {
  if (!step.questions?.length) return '';
  const items = step.questions.map((q) => `<li>${copyToHtml(q, undefined, notes)}</li>`).join('');
  return `<div class="teacher-questions"><h${level}>${t('discussionQuestions', lang)}</h${level}><ol>${items}</ol></div>`;
}

/** A step's teacher note, as paragraphs, or nothing. */
export function teacherNoteHtml(step: StoryStep): string {
  return step.note?.length ? `<div class="teacher-note">${paragraphs(step.note)}</div>` : '';
}

/**
 * The teacher's material of a step, hidden from readers: presentation mode's speaker view reads it from here.
 * Keep the structure: `aside.teacher-notes[hidden] > div.teacher-note, div.teacher-questions > h3 + ol`.
 */
function teacherNotesHtml(step: StoryStep, lang: Lang): string {
  const inner = teacherNoteHtml(step) + questionsHtml(step, lang);
  return inner ? `\n<aside class="teacher-notes" hidden>${inner}</aside>` : '';
}

function stepHtml(step: StoryStep, index: number, total: number, lang: Lang, data: DataBundle, rootPrefix: string): string {
  const chapter = step.chapter ? `<h2 class="chapter">${lineRunsHtml(step.chapter, lang)}</h2>\n` : '';
  const label = t('step', lang, { i: index + 1, n: total });
  const notes = new ReceiptNotes(step.id, lang, data);
  const text = paragraphs(step.text, lang, notes);
  return `<section class="step${step.chapter ? ' opens-chapter' : ''}" id="${step.id}" data-step="${step.id}" data-chart="${step.chart}" data-view="${escapeHtml(step.view)}"${step.alt ? ` data-alt="${escapeHtml(step.alt)}"` : ''} aria-label="${escapeHtml(label)}">
<noscript>${staticFigureHtml(step, lang, data, rootPrefix)}</noscript>
<div class="step-card">
${chapter}${text}
</div>${notes.html()}${teacherNotesHtml(step, lang)}
</section>`;
}

/** The list of sources, oldest first, each linked where it is online. */
export function sourcesHtml(data: DataBundle, lang: Lang): string {
  const items = Object.values(data.sources)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((s) => {
      const title = s.url ? `<a href="${escapeHtml(s.url)}">${escapeHtml(s.title[lang])}</a>` : escapeHtml(s.title[lang]);
      return `<li>${title}. ${escapeHtml(s.issuer[lang])}, ${escapeHtml(s.date)}.</li>`;
    });
  return `<section class="sources" aria-labelledby="sources-heading">
<h2 id="sources-heading">${t('sources', lang)}</h2>
<ol>
${items.join('\n')}
</ol>
</section>`;
}

/**
 * The story's corrections log, newest first, or nothing when it has none: each entry its kind and date
 * ("Correction, 5 December 2026:", "更正（2026年12月5日）："), then its text, numbers rendered as in the steps.
 */
export function correctionsHtml(story: Story, notes?: FigureNotes): string {
  const { lang, corrections } = story;
  if (!corrections.length) return '';
  const items = corrections.map((entry) => {
    const time = `<time datetime="${escapeHtml(entry.date)}">${escapeHtml(longDate(entry.date, lang))}</time>`;
    const label = t(entry.kind === 'update' ? 'updateEntry' : 'correctionEntry', lang)
      .split('{date}')
      .map(escapeHtml)
      .join(time);
    // A Chinese label ends in a full-width colon, which takes no space after it.
    return `<li class="correction" data-kind="${escapeHtml(entry.kind)}"><span class="correction-label">${label}</span>${lang === 'zh' ? '' : ' '}${copyToHtml(entry.text, undefined, notes)}</li>`;
  });
  return `<section class="corrections" aria-labelledby="corrections-heading">
<h2 id="corrections-heading">${t('corrections', lang)}</h2>
<ul>
${items.join('\n')}
</ul>${notes instanceof ReceiptNotes ? notes.html() : ''}
</section>`;
}

/** Where the build writes the self-contained offline copy of a language's story, relative to the site root. */
export function offlinePath(story: Story): string {
  return `offline/${story.id}-${story.lang}.html`;
}

/**
 * Links for teachers: the printable handouts (the class's and the teacher's), the students' worksheet (the
 * speaker view links it too, reading its address here: `a.worksheet-link`) and the offline copy of the page,
 * under the headline and again after the story (phones show only that one: their first screen is the story's).
 */
function classroomLinks(story: Story, rootPrefix: string, at: 'header' | 'end'): string {
  const { lang } = story;
  return `<nav class="classroom-links" data-at="${at}" aria-label="${escapeHtml(t('handoutLinks', lang))}"><a href="./handout/">${t('handout', lang)}</a> · <a class="worksheet-link" href="./worksheet/">${t('worksheet', lang)}</a> · <a href="./handout/teacher/">${t('teacherHandout', lang)}</a> · <a href="${rootPrefix}${offlinePath(story)}" download>${t('offlineCopy', lang)}</a></nav>`;
}

/** The graphic for the first step, drawn before any script; the live element takes it over. */
function firstChart(story: Story, data: DataBundle): string {
  const first = story.steps[0];
  return first ? staticChartHtml(first.chart, first.view, story.lang, data, { fill: true }) : '';
}

/**
 * The story as HTML, readable before any script runs: header, every step's text with its numbers, the
 * corrections log (after the last step, the method, outside the scrolling steps), sources.
 * `otherLangHref` is the same story in the other language; `rootPrefix` leads from the page to the site root.
 */
export function renderStoryHtml(story: Story, data: DataBundle, otherLangHref: string, rootPrefix: string): string {
  const { lang } = story;
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const total = story.steps.length;
  const dekNotes = new ReceiptNotes('dek', lang, data);
  const langLink = `<a class="lang-switch" href="${escapeHtml(otherLangHref)}" hreflang="${other}" lang="${other}" aria-label="${escapeHtml(t('otherLanguageLabel', lang))}">${t('otherLanguage', lang)}</a>`;
  return `<a class="skip-link" href="#story-start">${t('skipToStory', lang)}</a>
<header class="masthead">
<span class="brand">${lang === 'zh' ? '柯城五年' : 'Kecheng, five years'}</span>
${langLink}
</header>
<main id="main">
<article class="story">
<header class="story-header">
<h1>${lineRunsHtml(story.title, lang)}</h1>
<div class="dek">${paragraphs(story.dek, lang, dekNotes)}</div>${dekNotes.html()}
<p class="byline">${escapeHtml(story.byline)} · ${t('updated', lang)} <time datetime="${escapeHtml(story.updated)}">${escapeHtml(longDate(story.updated, lang))}</time></p>
${classroomLinks(story, rootPrefix, 'header')}
</header>
<kc-story id="story-start" lang="${lang}" tabindex="-1">
<div class="progress" aria-hidden="true"><span></span></div>
<p class="unrolled-note" role="status" hidden>${t('storyUnrolled', lang)}</p>
<p class="story-live sr-only" aria-live="polite"></p>
<div class="scrolly">
<div class="graphic">
<div class="graphic-bar">${langLink}<span class="step-counter" aria-hidden="true">1 / ${total}</span></div>
<div class="graphic-inner">${firstChart(story, data)}</div>
</div>
<div class="steps">
${story.steps.map((s, i) => stepHtml(s, i, total, lang, data, rootPrefix)).join('\n')}
</div>
</div>
</kc-story>
${classroomLinks(story, rootPrefix, 'end')}
${correctionsHtml(story, new ReceiptNotes('corrections', lang, data))}
${sourcesHtml(data, lang)}
</article>
</main>
${licenceHtml(lang)}`;
}
