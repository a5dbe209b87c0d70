import type { Copy } from '../kit/chart-text.ts';
import type { PointKind } from '../../model/types.ts';
import { kindWord } from '../../model/i18n/kind-word.ts';

/** A figure as the summary states it. */
export interface FigureFacts {
  label: string;
  /** The value with its unit and bound. */
  value: string;
  year: number;
  kind: PointKind;
}

export const FIGURE_COPY = {
  summary: {
    zh: (f) => `${f.label}：${f.value}（${f.year} 年${kindWord(f.kind, 'zh')}）`,
    en: (f) => `${f.label}: ${f.value} (${f.year} ${kindWord(f.kind, 'en')})`,
  },
} satisfies Copy<FigureFacts>;

/** Fixed words of kc-figures and the punctuation its lists are joined with. */
export const FIGURES_COPY = {
  figureColumn: { zh: '指标', en: 'Figure' },
  noteColumn: { zh: '说明', en: 'Note' },
  listGap: { zh: '；', en: '; ' },
  stop: { zh: '。', en: '.' },
} satisfies Copy<never>;
