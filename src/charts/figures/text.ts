import type { ChartText } from '../kit/chart-text.ts';
import type { FiguresDataset, Lang } from '../../model/types.ts';
import { t } from '../../model/i18n/strings.ts';
import { unitLabel } from '../../model/format.ts';
import { boundedValue } from '../../model/bounded-value.ts';
import { resolveFigure } from './resolve.ts';
import { FIGURES_VIEWS, type View } from './views.ts';
import { FIGURE_COPY, FIGURES_COPY } from './copy.ts';

/** Title, summary, legend, notes and table of kc-figures; every number comes from the figures shown. */
export function figuresText(datasets: Record<string, FiguresDataset>, view: View, lang: Lang): ChartText {
  const words = FIGURES_COPY;
  const config = FIGURES_VIEWS[view];
  const figures = config.figures.map((ref) => resolveFigure(datasets, ref));
  const kinds = [...new Set(figures.map((f) => f.kind))];
  const summary = figures
    .map((f) =>
      FIGURE_COPY.summary[lang]({ label: f.label[lang], value: boundedValue(f.value, f.unit, f.bound, lang), year: f.year, kind: f.kind }),
    )
    .join(words.listGap[lang])
    .concat(words.stop[lang]);
  return {
    title: config.title(figures, lang),
    subtitle: [...new Set(config.figures.map((r) => datasets[r.dataset]?.title[lang] ?? r.dataset))].join(words.listGap[lang]),
    summary,
    legend: kinds.map((k) => ({ label: t(k, lang), swatch: k })),
    notes: config.notes.flatMap((id) => (datasets[id]?.notes ?? []).map((n) => n[lang])),
    sourceIds: [...new Set(figures.map((f) => f.source))],
    table: {
      columns: [words.figureColumn[lang], t('value', lang), t('kind', lang), t('year', lang), words.noteColumn[lang]],
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
