import type { ChartText } from '../kit/chart-text.ts';
import type { Figure, FiguresDataset, Lang } from '../../model/types.ts';
import { t } from '../../model/i18n/strings.ts';
import { unitLabel } from '../../model/format.ts';
import { boundedValue } from '../../model/bounded-value.ts';
import { resolveFigure } from './resolve.ts';
import { FIGURES_VIEWS, type FigureRef, type View } from './views.ts';
import { FIGURE_COPY, FIGURES_COPY, LATEST_COPY } from './copy.ts';

/** Title, summary, legend, notes and table of kc-figures; every number comes from the figures shown. */
export function figuresText(datasets: Record<string, FiguresDataset>, view: View, lang: Lang): ChartText {
  const words = FIGURES_COPY;
  const config = FIGURES_VIEWS[view];
  const shown = config.figures.map((ref) => resolveFigure(datasets, ref));
  const latestOf = (ref: FigureRef) => {
    const latest = config.latest?.[ref.figure];
    return latest && resolveFigure(datasets, latest);
  };
  // A target's latest figure follows it in the summary and the table; the legend and the sources name both.
  const figures = config.figures.flatMap((ref, i) => [shown[i], latestOf(ref)].filter((f): f is Figure => f !== undefined));
  const kinds = [...new Set(figures.map((f) => f.kind))];
  const facts = (f: Figure) => ({ label: f.label[lang], value: boundedValue(f.value, f.unit, f.bound, lang), year: f.year, kind: f.kind });
  const summary = config.figures
    .map((ref, i) => {
      const figure = shown[i];
      const latest = latestOf(ref);
      if (!figure) return '';
      const said = FIGURE_COPY.summary[lang](facts(figure));
      return latest ? `${said}${LATEST_COPY.aside[lang](facts(latest))}` : said;
    })
    .join(words.listGap[lang])
    .concat(words.stop[lang]);
  return {
    title: config.title(shown, lang),
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
