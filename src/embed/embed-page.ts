// The iframe embed pages: one chart with its frame and no story. The static pages (embed/<chart>/<view>/<lang>/)
// hold their chart, prerendered, for this script to take over; the query-string page (embed/?chart=…) draws the
// chart its address names.
import { CHART_LOADERS } from '../charts/loaders.ts';
import { CHART_TAGS, isChartId } from '../charts/kit/registry.ts';
import type { Lang } from '../model/types.ts';
import { problemText } from '../elements/problem-message.ts';
import { t } from '../model/i18n/strings.ts';
import { parseEmbedParams, staticPageRequest, type EmbedRequest } from './params.ts';
import type { ChartProblem } from '../charts/kit/chart-problem.ts';
import { reportHeight } from './report-height.ts';

const status = document.querySelector<HTMLElement>('.embed-status');
const credit = document.querySelector<HTMLAnchorElement>('.embed-credit a')!;
const prerendered = document.querySelector<HTMLElement>('main > [data-chart]');

function setLanguage(lang: Lang): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  credit.textContent = t('embedCredit', lang);
  credit.href = new URL(lang === 'zh' ? '../' : '../en/', location.href).href;
}

function showChart(request: EmbedRequest): void {
  const { chart, view, lang, theme } = request;
  const entry = CHART_TAGS[chart];
  const element = document.createElement(entry.tag);
  element.setAttribute('lang', lang);
  if (view) element.setAttribute('view', view);
  if ('dataset' in entry) element.setAttribute('dataset', entry.dataset);
  if (theme) element.setAttribute('theme', theme);
  element.dataset.chart = chart;
  if (!status) return;
  status.textContent = t('embedLoading', lang);
  CHART_LOADERS[chart]().then(
    () => customElements.whenDefined(entry.tag),
    () => {
      status.textContent = t('chartFailed', lang);
      status.classList.add('failed');
    },
  );
  // The element draws itself once its code has arrived; until then the status line says it is coming.
  void customElements.whenDefined(entry.tag).then(() => {
    status.replaceWith(element);
    void (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete?.then(() => {
      document.title = `${element.shadowRoot?.querySelector('.title')?.textContent ?? ''} · ${t('embedTitle', lang)}`;
    });
  });
}

function showProblems(lang: Lang | undefined, problems: readonly ChartProblem[]): void {
  // An unknown language: say it in both.
  const langs: Lang[] = lang ? [lang] : ['zh', 'en'];
  const box = document.createElement('div');
  box.className = 'problem';
  box.setAttribute('role', 'alert');
  for (const l of langs) {
    const heading = document.createElement('h2');
    heading.lang = l;
    heading.textContent = t('chartUnavailable', l);
    box.append(heading);
    for (const problem of problems) {
      const p = document.createElement('p');
      p.lang = l;
      p.textContent = problemText(problem, l);
      box.append(p);
    }
  }
  if (status) status.replaceWith(box);
  else document.querySelector('main')?.append(box);
  document.title = `${t('chartUnavailable', langs[0]!)} · ${t('embedTitle', langs[0]!)}`;
}

/** A static page's chart, drawn by the build: its code loads and takes it over (a failed load leaves it as drawn). */
function takeOver(element: HTMLElement): EmbedRequest | undefined {
  const chart = element.dataset.chart ?? '';
  const lang = element.getAttribute('lang');
  if (!isChartId(chart) || (lang !== 'zh' && lang !== 'en')) return undefined;
  const request = staticPageRequest({ chart, view: element.getAttribute('view') ?? '', lang }, location.search);
  if (request.theme) {
    document.documentElement.dataset.theme = request.theme;
    element.setAttribute('theme', request.theme);
  }
  CHART_LOADERS[chart]().catch(() => undefined);
  return request;
}

function fromAddress(): string {
  const parsed = parseEmbedParams(location.search);
  if (parsed.ok) {
    setLanguage(parsed.request.lang);
    if (parsed.request.theme) document.documentElement.dataset.theme = parsed.request.theme;
    showChart(parsed.request);
    return parsed.request.id;
  }
  if (parsed.lang) setLanguage(parsed.lang);
  showProblems(parsed.lang, parsed.problems);
  return 'problem';
}

const onPage = prerendered ? takeOver(prerendered) : undefined;
reportHeight(document.body, onPage ? onPage.id : fromAddress());
