import { chartIdProblem, viewProblem, type ChartProblem } from '../charts/kit/chart-problem.ts';
import { CHART_TAGS, type ChartId } from '../charts/kit/registry.ts';
import type { Lang } from '../model/types.ts';

/** What the embed page draws, read from its address: ?chart=gdp&view=target&lang=en&theme=dark&id=… */
export interface EmbedRequest {
  chart: ChartId;
  /** "" is the chart's default view. */
  view: string;
  lang: Lang;
  /** Absent: the page follows the reader's colour scheme. */
  theme?: 'light' | 'dark';
  /** Names the frame in its height messages (default: the chart id). */
  id: string;
}

/** The chart shown when the address names none (the story's first chart). */
export const DEFAULT_CHART = Object.keys(CHART_TAGS)[0] as ChartId;

export type ParsedEmbed = { ok: true; request: EmbedRequest } | { ok: false; lang: Lang | undefined; problems: ChartProblem[] };

/** Reads the page's parameters; an unknown chart, view, language or theme is a problem to show, not an exception. */
export function parseEmbedParams(search: string): ParsedEmbed {
  const params = new URLSearchParams(search);
  const problems: ChartProblem[] = [];
  const rawLang = params.get('lang') ?? 'zh';
  const lang = rawLang === 'zh' || rawLang === 'en' ? rawLang : undefined;
  if (!lang) problems.push({ kind: 'lang', value: rawLang, known: ['zh', 'en'] });
  const rawTheme = params.get('theme') ?? '';
  const theme = rawTheme === 'light' || rawTheme === 'dark' ? rawTheme : undefined;
  if (rawTheme !== '' && !theme) problems.push({ kind: 'theme', value: rawTheme, known: ['light', 'dark'] });
  const chart = params.get('chart') ?? DEFAULT_CHART;
  const view = params.get('view') ?? '';
  const chartProblem = chartIdProblem(chart);
  if (chartProblem) problems.push(chartProblem);
  else {
    const unknownView = viewProblem(chart as ChartId, view);
    if (unknownView) problems.push(unknownView);
  }
  if (problems.length > 0 || !lang) return { ok: false, lang, problems };
  const id = (params.get('id') ?? '').slice(0, 100) || chart;
  return { ok: true, request: { chart: chart as ChartId, view, lang, ...(theme ? { theme } : {}), id } };
}

/**
 * The request of a static chart page (`embed/gdp/target/en/`): the chart, view and language the build wrote
 * into it; the theme and the frame's id still from the address (`?theme=dark&id=…`), an unknown theme ignored.
 */
export function staticPageRequest(page: { chart: ChartId; view: string; lang: Lang }, search: string): EmbedRequest {
  const params = new URLSearchParams(search);
  const rawTheme = params.get('theme');
  const theme = rawTheme === 'light' || rawTheme === 'dark' ? rawTheme : undefined;
  const id = (params.get('id') ?? '').slice(0, 100) || page.chart;
  return { ...page, ...(theme ? { theme } : {}), id };
}
