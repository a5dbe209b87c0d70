import type { ChartText } from '../kit/chart-text.ts';
import type { Lang, Point, SeriesDataset } from '../../model/types.ts';
import { formatRate, formatValue, trimDecimals, unitLabel } from '../../model/format.ts';
import { t } from '../../model/i18n/strings.ts';
import { boundedValue } from '../../model/bounded-value.ts';
import { kindWord } from '../../model/i18n/kind-word.ts';
import { findSeries } from './series.ts';
import { COLORS, SERIES, VIEW_NOTES } from './views.ts';

export interface LevelsFacts {
  urban: Point[];
  rural: Point[];
  estimate?: Point;
  target?: Point;
  /** average annual growth from the estimate to the target, in percent */
  rate?: number;
}

/** Percentage change from a to b, as the language writes a number. */
function change(a: Point, b: Point): string {
  return trimDecimals(((b.value - a.value) / a.value) * 100, 0);
}

/** Title, summary, legend, notes and table of the levels view, with every number from the data. */
export function levelsText(income: SeriesDataset, lang: Lang, facts: LevelsFacts): ChartText {
  const zh = lang === 'zh';
  const v = (p: Point) => boundedValue(p.value, income.unit, p.bound, lang);
  const [u0, u1] = [facts.urban[0], facts.urban[facts.urban.length - 1]];
  const [r0, r1] = [facts.rural[0], facts.rural[facts.rural.length - 1]];
  const urban = findSeries(income, SERIES.urban);
  const rural = findSeries(income, SERIES.rural);
  const all = findSeries(income, SERIES.all);
  let title = income.title[lang];
  const sentences: string[] = [];
  if (u0 && u1 && r0 && r1) {
    title = zh
      ? `${u0.year}—${u1.year} 年，城镇居民收入增长 ${change(u0, u1)}%，农村居民增长 ${change(r0, r1)}%`
      : `Urban incomes rose ${change(u0, u1)}% from ${u0.year} to ${u1.year}, rural incomes ${change(r0, r1)}%`;
    sentences.push(
      zh
        ? `${u0.year} 年至 ${u1.year} 年，城镇居民人均可支配收入从 ${v(u0)} 增至 ${v(u1)}，农村居民从 ${v(r0)} 增至 ${v(r1)}；两者之差从 ${formatValue(u0.value - r0.value, income.unit, lang)} 扩大到 ${formatValue(u1.value - r1.value, income.unit, lang)}。`
        : `From ${u0.year} to ${u1.year}, urban residents' per-capita disposable income rose from ${v(u0)} to ${v(u1)} and rural residents' from ${v(r0)} to ${v(r1)}; the gap between them widened from ${formatValue(u0.value - r0.value, income.unit, lang)} to ${formatValue(u1.value - r1.value, income.unit, lang)}.`,
    );
  }
  const { estimate, target, rate } = facts;
  if (estimate && target) {
    sentences.push(
      zh
        ? `全体居民 ${estimate.year} 年预计 ${v(estimate)}，${target.year} 年目标 ${v(target)}${rate !== undefined ? `，需年均增长 ${trimDecimals(rate, 1)}%` : ''}。`
        : `For all residents, ${estimate.year} is estimated at ${v(estimate)} and the ${target.year} target is ${v(target)}${rate !== undefined ? `, which needs ${formatRate(rate, lang)}` : ''}.`,
    );
  }
  const notes = VIEW_NOTES.levels.income.flatMap((i) => income.notes?.[i]?.[lang] ?? []);
  if (estimate && target && rate !== undefined) {
    notes.push(
      zh
        ? `点线：从 ${estimate.year} 年预计值到 ${target.year} 年目标所需的年均增速（${formatRate(rate, lang)}）。全体居民与城镇、农村居民是不同口径，不相连。`
        : `Dotted line: the path from the ${estimate.year} estimate to the ${target.year} target at the rate it needs (${formatRate(rate, lang)}). All residents is a different series from urban and rural, so it is not joined to them.`,
    );
  }
  const sorted = [urban, rural, all].flatMap((s) => [...s.points].sort((a, b) => a.year - b.year).map((p) => ({ s, p })));
  const rows = sorted.map(({ s, p }) => [s.label[lang], String(p.year), v(p), t(p.kind, lang)]);
  const refs = sorted.map(({ p }) => ({ unit: unitLabel(income.unit, lang), source: p.source, locator: p.locator }));
  return {
    title,
    subtitle: zh ? '人均可支配收入（元，当年价）' : 'Per-capita disposable income (yuan, current prices)',
    summary: sentences.join(zh ? '' : ' '),
    legend: [
      ...(estimate ? [{ label: `${all.label[lang]}：${estimate.year} ${kindWord('estimate', lang)}`, swatch: 'estimate' as const }] : []),
      ...(target ? [{ label: `${all.label[lang]}：${target.year} ${kindWord('target', lang)}`, swatch: 'target' as const }] : []),
      ...(rate !== undefined ? [{ label: t('requiredPath', lang), swatch: 'dotted' as const, color: COLORS.target }] : []),
    ].map((item) => (zh ? item : { ...item, label: item.label.replace('：', ': ') })),
    notes,
    sourceIds: [...new Set([urban, rural, all].flatMap((s) => s.points.map((p) => p.source)))],
    table: { columns: [zh ? '系列' : 'Series', t('year', lang), t('value', lang), t('kind', lang)], rows, refs },
  };
}
