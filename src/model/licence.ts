import type { Lang } from './types.ts';

/**
 * The licence of the story's text, charts and data; the code is under MIT (LICENSE). The source documents the
 * story quotes are not covered: they stay the public documents their issuers published.
 */
export const CONTENT_LICENCE = {
  name: 'CC BY 4.0',
  title: { zh: '知识共享署名 4.0 国际许可协议', en: 'Creative Commons Attribution 4.0 International' },
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The work's name, as a reuser credits it. */
export const WORK_NAME = { zh: '柯城五年', en: 'Kecheng, five years' } as const;

/** A chart's credit line: whose chart, under what licence ("Chart: Kecheng, five years · CC BY 4.0"). */
export function chartCredit(lang: Lang): string {
  return lang === 'zh' ? `图表：${WORK_NAME.zh} · ${CONTENT_LICENCE.name}` : `Chart: ${WORK_NAME.en} · ${CONTENT_LICENCE.name}`;
}

/** The attribution a reuser gives, with the licence's address: one line for a file's metadata or a CSV. */
export function attribution(lang: Lang): string {
  return lang === 'zh'
    ? `${WORK_NAME.zh}（${WORK_NAME.en}），${CONTENT_LICENCE.name}，${CONTENT_LICENCE.url}`
    : `${WORK_NAME.en} (${WORK_NAME.zh}), ${CONTENT_LICENCE.name}, ${CONTENT_LICENCE.url}`;
}
