import type { ChartText } from '../kit/chart-text.ts';
import type { GrowthRecord, Lang, Series as SeriesData, SeriesDataset } from '../../model/types.ts';
import { formatRate } from '../../model/format.ts';
import { t } from '../../model/i18n/strings.ts';
import { findSeries, period } from './series.ts';
import { COLORS, SERIES, VIEW_NOTES } from './views.ts';
import { GROWTH_COPY, GROWTH_RECORD_COPY, INCOME_COPY, SERIES_COPY, type GrowthFacts, type GrowthRecordFacts } from './copy.ts';

/** Title, summary, legend, notes and table of the growth view. */
export function growthText(income: SeriesDataset, lang: Lang): ChartText {
  const series = [SERIES.urban, SERIES.rural].map((id) => findSeries(income, id));
  const record = (s: SeriesData, g: GrowthRecord): GrowthRecordFacts => ({
    series: s.label[lang],
    period: period(g, lang),
    planned: formatRate(g.planned ?? 0, lang),
    achieved: formatRate(g.achieved ?? 0, lang),
    met: g.met,
  });
  const planned = series.flatMap((s) =>
    (s.growth ?? []).filter((g) => g.planned !== undefined && g.achieved !== undefined).map((g) => ({ s, g })),
  );
  const missed = planned.filter(({ g }) => g.met === false);
  const later = series.flatMap((s) =>
    (s.growth ?? []).filter((g) => g.planned === undefined && g.achieved !== undefined).map((g) => record(s, g)),
  );
  const copy = GROWTH_COPY;
  const facts: GrowthFacts = { missed: missed.map(({ s }) => s.label[lang]), later };
  let title: string = income.title[lang];
  if (planned.length && missed.length === planned.length) title = copy.allMissedTitle[lang](facts);
  else if (missed.length) title = copy.someMissedTitle[lang](facts);
  const sentences = planned.map(({ s, g }) => GROWTH_RECORD_COPY.planned[lang](record(s, g)));
  if (later.length) sentences.push(copy.later[lang](facts));
  const status = (met: boolean | undefined) => (met === undefined ? '—' : t(met ? 'met' : 'missed', lang));
  const records = series.flatMap((s) => s.growth ?? []);
  const refs = records.map((g) => ({ unit: copy.unit[lang], source: g.source, locator: g.locator, value: g.achieved }));
  const rows = series.flatMap((s) =>
    (s.growth ?? []).map((g) => [
      s.label[lang],
      period(g, lang),
      g.planned !== undefined ? formatRate(g.planned, lang) : '—',
      g.achieved !== undefined ? formatRate(g.achieved, lang) : '—',
      status(g.met),
    ]),
  );
  return {
    title,
    subtitle: copy.subtitle[lang],
    summary: sentences.join(INCOME_COPY.sentenceGap[lang]),
    legend: [
      { label: copy.plannedLegend[lang], swatch: 'planned' },
      ...series.map((s) => ({
        label: SERIES_COPY.achievedLegend[lang](s.label[lang]),
        swatch: 'square' as const,
        color: s.id === SERIES.urban ? COLORS.urban : COLORS.rural,
      })),
    ],
    notes: VIEW_NOTES.growth.income.flatMap((i) => income.notes?.[i]?.[lang] ?? []),
    sourceIds: [...new Set(series.flatMap((s) => (s.growth ?? []).map((g) => g.source)))],
    table: { columns: copy.columns[lang], rows, refs },
  };
}
