import type { ChartText } from '../kit/chart-text.ts';
import type { Figure, FiguresDataset, Lang } from '../../model/types.ts';
import { t } from '../../model/i18n/strings.ts';
import { unitLabel } from '../../model/format.ts';
import { boundedValue } from '../../model/bounded-value.ts';
import { resolveTiles } from './resolve.ts';
import { FIGURES_VIEWS, type View } from './views.ts';
import { FIGURE_COPY, FIGURES_COPY, LATEST_COPY } from './copy.ts';

/** Title, summary, legend, notes and table of kc-figures; every number comes from the figures shown. */
export function figuresText(datasets: Record<string, FiguresDataset>, view: View, lang: Lang): ChartText {
  const words = FIGURES_COPY;
  const config = FIGURES_VIEWS[view];
  const tiles = resolveTiles(datasets, config);
  // A target's latest figure follows it in the summary and the table; the legend and the sources name both.
  const figures = tiles.flatMap((tile) => (tile.latest ? [tile.figure, tile.latest] : [tile.figure]));
  const kinds = [...new Set(figures.map((f) => f.kind))];
  const facts = (f: Figure) => ({ label: f.label[lang], value: boundedValue(f.value, f.unit, f.bound, lang), year: f.year, kind: f.kind });
  const summary = tiles
    .map(({ figure, latest }) => {
      const said = FIGURE_COPY.summary[lang](facts(figure));
      return latest ? `${said}${LATEST_COPY.aside[lang](facts(latest))}` : said;
    })
    .join(words.listGap[lang])
    .concat(words.stop[lang]);
  return {
    title: config.title(
      tiles.map((tile) => tile.figure),
      lang,
    ),
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
      refs: figures.map((f) => ({ unit: unitLabel(f.unit, lang), source: f.source, locator: f.locator, value: f.value })),
    },
  };
}
