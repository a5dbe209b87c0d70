import { css, html, type TemplateResult } from 'lit';
import type { ChartProblem } from '../charts/kit/chart-problem.ts';
import { echoed } from '../model/echoed.ts';
import type { Lang } from '../model/types.ts';
import { t } from '../model/i18n/strings.ts';

/** One sentence saying what is wrong and what would work, in the language. */
export function problemText(problem: ChartProblem, lang: Lang): string {
  if (problem.kind === 'failed') return t('chartFailed', lang);
  const key = (
    { chart: 'unknownChart', dataset: 'unknownDataset', view: 'unknownView', lang: 'unknownLang', theme: 'unknownTheme' } as const
  )[problem.kind];
  return t(key, lang, { value: echoed(problem.value), known: problem.known.join(lang === 'zh' ? '、' : ', ') });
}

/** Styles of the message shown in the chart's place when it cannot be drawn. */
export const problemStyles = css`
  .problem {
    margin: 0;
    padding: 0.75em 1em;
    border: 1px solid var(--_grid);
    border-left: 4px solid var(--_missed);
  }
  .problem h2 {
    margin: 0 0 0.25em;
    font-size: 1.05em;
  }
  .problem p {
    margin: 0;
    color: var(--_fg);
  }
`;

/** The message in the chart's place: a readable note, not an exception (a typo in an embed code). */
export function problemMessage(problem: ChartProblem, lang: Lang): TemplateResult {
  return html`<div class="problem" role="note" lang=${lang}>
    <h2>${t('chartUnavailable', lang)}</h2>
    <p>${problemText(problem, lang)}</p>
  </div>`;
}
