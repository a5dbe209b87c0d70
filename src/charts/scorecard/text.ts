import type { ChartText } from '../kit/chart-text.ts';
import type { Indicator, Lang, ScorecardDataset } from '../../model/types.ts';
import { t } from '../../model/i18n/strings.ts';
import { cellText, changeText, rateText, targetText } from './cells.ts';
import { countStatuses } from './groups.ts';
import { FOCUS, STATUSES, STATUS_STYLE, VIEW_NOTES, type ResultsView } from './views.ts';

function list(names: string[], lang: Lang): string {
  if (lang === 'zh') return names.join('、');
  if (names.length < 3) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Title, summary, legend, notes and table of kc-scorecard; every count is computed from the data. */
export function scorecardText(data: ScorecardDataset, view: ResultsView, lang: Lang): ChartText {
  const zh = lang === 'zh';
  const all = data.indicators;
  const c = countStatuses(all);
  const n = all.length;
  const focus = FOCUS[view];
  const name = (i: Indicator) => (zh ? i.name.zh : i.name.en.charAt(0).toLowerCase() + i.name.en.slice(1));
  let title: string;
  let summary: string;
  const overall = zh
    ? `${n} 项指标：${c.met} 项完成，${c.missed} 项未完成，${c.unpublished} 项数据未公布`
    : `${n} indicators: ${c.met} met, ${c.missed} missed, ${c.unpublished} not published`;
  if (focus.status) {
    const missed = all.filter((i) => i.status === focus.status);
    title = zh ? `${n} 项指标中，${missed.length} 项未完成` : `${missed.length} of ${n} indicators missed their targets`;
    summary = zh
      ? `未完成的 ${missed.length} 项：${list(missed.map(name), lang)}。`
      : `The ${missed.length} missed: ${list(missed.map(name), lang)}.`;
  } else if (focus.category) {
    const category = data.categories.find((k) => k.id === focus.category);
    const members = all.filter((i) => i.category === focus.category);
    const k = countStatuses(members);
    const label = category?.label[lang] ?? focus.category;
    title = zh
      ? `${label} ${members.length} 项指标：${k.met} 项完成，${k.missed} 项未完成${k.unpublished ? `，${k.unpublished} 项未公布` : ''}`
      : `${label}: ${k.met} of ${members.length} indicators met, ${k.missed} missed${k.unpublished ? `, ${k.unpublished} not published` : ''}`;
    summary = members
      .map(
        (i) =>
          `${zh ? i.name.zh : i.name.en}${zh ? '：' : ': '}${changeText(i, lang)}${zh ? '，' : ', '}${t(STATUS_STYLE[i.status].key, lang).toLowerCase()}`,
      )
      .join(zh ? '；' : '; ')
      .concat(zh ? '。' : '.');
  } else {
    title = overall;
    summary = zh
      ? `“十三五”规划的 ${n} 项主要指标中，${c.met} 项完成，${c.missed} 项未完成，${c.unpublished} 项在规划编制时数据尚未公布。`
      : `Of the 13th Five-Year Plan's ${n} main indicators, ${c.met} were met, ${c.missed} missed and ${c.unpublished} had no published figure when the next plan was written.`;
  }
  const category = (id: string) => data.categories.find((k) => k.id === id)?.label[lang] ?? id;
  const rows = all.map((i) => [
    i.name[lang],
    category(i.category),
    i.unit[lang],
    cellText(i.base2015, i, lang, false) ?? '—',
    targetText(i, lang) ?? '—',
    cellText(i.value2020, i, lang, false) ?? '—',
    rateText(i.achievedGrowth, lang) ?? '—',
    `${STATUS_STYLE[i.status].glyph} ${t(STATUS_STYLE[i.status].key, lang)}`,
  ]);
  return {
    title,
    subtitle: view === 'all' ? data.title[lang] : `${data.title[lang]}${zh ? '。' : '. '}${overall}${zh ? '' : '.'}`,
    summary,
    legend: STATUSES.map((s) => ({
      label: `${STATUS_STYLE[s].glyph} ${t(STATUS_STYLE[s].key, lang)}`,
      swatch: s === 'unpublished' ? ('hatched' as const) : ('square' as const),
      color: STATUS_STYLE[s].color,
    })),
    notes: VIEW_NOTES[view].flatMap((i) => data.notes?.[i]?.[lang] ?? []),
    sourceIds: [...new Set(all.map((i) => i.source))],
    table: {
      columns: zh
        ? ['指标', '类别', '单位', '2015 年', '“十三五”目标', '2020 年', '实际年均增长', '是否完成']
        : ['Indicator', 'Category', 'Unit', '2015', 'Target', '2020', 'Achieved growth', 'Status'],
      rows,
      refs: all.map((i) => ({ unit: i.unit[lang], source: i.source, locator: i.locator })),
    },
  };
}
