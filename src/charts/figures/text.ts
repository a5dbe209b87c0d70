import type { ChartText } from '../kit/chart-text.ts';
import type { FiguresDataset, Lang } from '../../model/types.ts';
import { t } from '../../model/i18n/strings.ts';
import { unitLabel } from '../../model/format.ts';
import { boundedValue } from '../../model/bounded-value.ts';
import { kindWord } from '../../model/i18n/kind-word.ts';
import { resolveFigure } from './resolve.ts';
import { FIGURES_VIEWS, type View } from './views.ts';

/** Title, summary, legend, notes and table of kc-figures; every number comes from the figures shown. */
export function figuresText(datasets: Record<string, FiguresDataset>, view: View, lang: Lang): ChartText {
  const zh = lang === 'zh';
  const config = FIGURES_VIEWS[view];
  const figures = config.figures.map((ref) => resolveFigure(datasets, ref));
  const kinds = [...new Set(figures.map((f) => f.kind))];
  const summary = figures
    .map(
      (f) =>
        `${f.label[lang]}${zh ? '：' : ': '}${boundedValue(f.value, f.unit, f.bound, lang)}${zh ? `（${f.year} 年${kindWord(f.kind, lang)}）` : ` (${f.year} ${kindWord(f.kind, lang)})`}`,
    )
    .join(zh ? '；' : '; ')
    .concat(zh ? '。' : '.');
  return {
    title: config.title(figures, lang),
    subtitle: [...new Set(config.figures.map((r) => datasets[r.dataset]?.title[lang] ?? r.dataset))].join(zh ? '；' : '; '),
    summary,
    legend: kinds.map((k) => ({ label: t(k, lang), swatch: k })),
    notes: config.notes.flatMap((id) => (datasets[id]?.notes ?? []).map((n) => n[lang])),
    sourceIds: [...new Set(figures.map((f) => f.source))],
    table: {
      columns: [zh ? '指标' : 'Figure', t('value', lang), t('kind', lang), t('year', lang), zh ? '说明' : 'Note'],
      rows: figures.map((f) => [
        f.label[lang],
        boundedValue(f.value, f.unit, f.bound, lang),
        t(f.kind, lang),
        String(f.year),
        f.note?.[lang] ?? '',
      ]),
      refs: figures.map((f) => ({ unit: unitLabel(f.unit, lang), source: f.source, locator: f.locator })),
    },
  };
}
