import type { ChartText } from '../kit/chart-text.ts';
import type { Lang, SeriesDataset } from '../../model/types.ts';
import { formatRate } from '../../model/format.ts';
import { t } from '../../model/i18n/strings.ts';
import { findSeries, period } from './series.ts';
import { COLORS, SERIES, VIEW_NOTES } from './views.ts';

/** Title, summary, legend, notes and table of the growth view. */
export function growthText(income: SeriesDataset, lang: Lang): ChartText {
  const zh = lang === 'zh';
  const series = [SERIES.urban, SERIES.rural].map((id) => findSeries(income, id));
  const planned = series.flatMap((s) =>
    (s.growth ?? []).filter((g) => g.planned !== undefined && g.achieved !== undefined).map((g) => ({ s, g })),
  );
  const missed = planned.filter(({ g }) => g.met === false);
  const names = missed.map(({ s }) => s.label[lang]);
  let title: string = income.title[lang];
  if (planned.length && missed.length === planned.length) {
    title = zh
      ? `${names.join('、')}收入年均增速都没有达到规划目标`
      : `Incomes grew more slowly than planned, for ${names.map((n) => n.toLowerCase()).join(' and ')} alike`;
  } else if (missed.length) {
    title = zh
      ? `${names.join('、')}收入年均增速没有达到规划目标`
      : `Incomes grew more slowly than planned for ${names.map((n) => n.toLowerCase()).join(' and ')}`;
  }
  const sentences = planned.map(({ s, g }) =>
    zh
      ? `${s.label.zh}收入 ${period(g, lang)} 年规划年均增长 ${formatRate(g.planned ?? 0, lang)}，实际 ${formatRate(g.achieved ?? 0, lang)}${g.met === false ? '，未完成' : g.met ? '，完成' : ''}。`
      : `${s.label.en}: planned ${formatRate(g.planned ?? 0, lang)} for ${period(g, lang)}, achieved ${formatRate(g.achieved ?? 0, lang)}${g.met === false ? ' (missed)' : g.met ? ' (met)' : ''}.`,
  );
  const later = series.flatMap((s) =>
    (s.growth ?? []).filter((g) => g.planned === undefined && g.achieved !== undefined).map((g) => ({ s, g })),
  );
  if (later.length) {
    sentences.push(
      zh
        ? `${later.map(({ s, g }) => `${s.label.zh} ${period(g, lang)} 年为 ${formatRate(g.achieved ?? 0, lang)}`).join('，')}。`
        : `Over ${later.map(({ s, g }) => `${period(g, lang)}, ${s.label.en.toLowerCase()} ${formatRate(g.achieved ?? 0, lang)}`).join('; ')}.`,
    );
  }
  const status = (met: boolean | undefined) => (met === undefined ? '—' : t(met ? 'met' : 'missed', lang));
  const records = series.flatMap((s) => s.growth ?? []);
  const refs = records.map((g) => ({ unit: zh ? '%/年' : '% a year', source: g.source, locator: g.locator }));
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
    subtitle: zh ? '居民人均可支配收入年均增速' : 'Average annual growth of per-capita disposable income',
    summary: sentences.join(zh ? '' : ' '),
    legend: [
      { label: zh ? '规划年均增速' : 'Planned', swatch: 'hatched', color: COLORS.target },
      ...series.map((s) => ({
        label: zh ? `${s.label.zh}实际` : `${s.label.en}, achieved`,
        swatch: 'square' as const,
        color: s.id === SERIES.urban ? COLORS.urban : COLORS.rural,
      })),
    ],
    notes: VIEW_NOTES.growth.income.flatMap((i) => income.notes?.[i]?.[lang] ?? []),
    sourceIds: [...new Set(series.flatMap((s) => (s.growth ?? []).map((g) => g.source)))],
    table: {
      columns: [
        zh ? '系列' : 'Series',
        zh ? '时期' : 'Period',
        zh ? '规划' : 'Planned',
        zh ? '实际' : 'Achieved',
        zh ? '是否完成' : 'Status',
      ],
      rows,
      refs,
    },
  };
}
