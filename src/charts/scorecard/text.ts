import { nameInSentence } from '../../model/format.ts';
import type { ChartText } from '../kit/chart-text.ts';
import type { Indicator, Lang, ScorecardDataset } from '../../model/types.ts';
import { t } from '../../model/i18n/strings.ts';
import { changeText, rateText, tableCellText, targetText } from './cells.ts';
import { countStatuses } from './groups.ts';
import { FOCUS, STATUSES, STATUS_STYLE, VIEW_NOTES, type ResultsView } from './views.ts';
import { CATEGORY_COPY, INDICATOR_COPY, MISSED_COPY, RESULTS_COPY, SCORECARD_COPY, type MissedFacts, type ResultsFacts } from './copy.ts';

/** Title, summary, legend, notes and table of kc-scorecard; every count is computed from the data. */
export function scorecardText(data: ScorecardDataset, view: ResultsView, lang: Lang): ChartText {
  const words = SCORECARD_COPY;
  const all = data.indicators;
  const counts: ResultsFacts = { n: all.length, ...countStatuses(all) };
  const focus = FOCUS[view];
  const name = (i: Indicator) => nameInSentence(i.name, lang);
  let title: string;
  let summary: string;
  const overall = RESULTS_COPY.overall[lang](counts);
  if (focus.status) {
    const missed: MissedFacts = { n: counts.n, missed: all.filter((i) => i.status === focus.status).map(name) };
    title = MISSED_COPY.title[lang](missed);
    summary = MISSED_COPY.summary[lang](missed);
  } else if (focus.category) {
    const category = data.categories.find((k) => k.id === focus.category);
    const members = all.filter((i) => i.category === focus.category);
    const label = category?.label[lang] ?? focus.category;
    title = CATEGORY_COPY.title[lang]({ label, n: members.length, ...countStatuses(members) });
    summary = members
      .map((i) =>
        INDICATOR_COPY.summary[lang]({
          name: i.name[lang],
          change: changeText(i, lang),
          status: t(STATUS_STYLE[i.status].key, lang).toLowerCase(),
        }),
      )
      .join(words.listGap[lang])
      .concat(words.stop[lang]);
  } else {
    title = overall;
    summary = RESULTS_COPY.summary[lang](counts);
  }
  const category = (id: string) => data.categories.find((k) => k.id === id)?.label[lang] ?? id;
  const rows = all.map((i) => [
    i.name[lang],
    category(i.category),
    i.unit[lang],
    tableCellText(i.base2015, i, lang) ?? '—',
    targetText(i, lang) ?? '—',
    tableCellText(i.value2020, i, lang) ?? '—',
    rateText(i.achievedGrowth, lang) ?? '—',
    `${STATUS_STYLE[i.status].glyph} ${t(STATUS_STYLE[i.status].key, lang)}`,
  ]);
  return {
    title,
    subtitle: view === 'all' ? data.title[lang] : `${data.title[lang]}${words.titleStop[lang]}${overall}${words.subtitleEnd[lang]}`,
    summary,
    legend: STATUSES.map((s) => ({
      label: `${STATUS_STYLE[s].glyph} ${t(STATUS_STYLE[s].key, lang)}`,
      swatch: s === 'unpublished' ? ('hatched' as const) : ('square' as const),
      color: STATUS_STYLE[s].color,
    })),
    notes: VIEW_NOTES[view].flatMap((i) => data.notes?.[i]?.[lang] ?? []),
    sourceIds: [...new Set(all.map((i) => i.source))],
    table: {
      columns: words.columns[lang],
      rows,
      refs: all.map((i) => ({ unit: i.unit[lang], source: i.source, locator: i.locator })),
    },
  };
}
