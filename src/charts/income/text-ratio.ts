import type { ChartText } from '../kit/chart-text.ts';
import type { Lang, Point, SeriesDataset } from '../../model/types.ts';
import { formatValue, unitLabel } from '../../model/format.ts';
import { t } from '../../model/i18n/strings.ts';
import { boundedValue } from '../../model/bounded-value.ts';
import { kindWord } from '../../model/i18n/kind-word.ts';
import { findSeries, pointAt } from './series.ts';
import { COLORS, SERIES, VIEW_NOTES } from './views.ts';

export interface RatioFacts {
  run: Point[];
  targets: Point[];
  others: Point[];
}

/** Title, summary, legend, notes and table of the ratio view. */
export function ratioText(ratio: SeriesDataset, income: SeriesDataset, lang: Lang, facts: RatioFacts): ChartText {
  const zh = lang === 'zh';
  const v = (p: Point) => boundedValue(p.value, ratio.unit, p.bound, lang);
  const kecheng = findSeries(ratio, SERIES.ratio);
  const quzhou = findSeries(ratio, SERIES.quzhou);
  const first = facts.run[0];
  const last = facts.run[facts.run.length - 1];
  const target = facts.targets[facts.targets.length - 1];
  const other = facts.others[facts.others.length - 1];
  let title: string = ratio.title[lang];
  const sentences: string[] = [];
  if (first && last) {
    const narrowed = last.value < first.value;
    title = zh
      ? `城乡收入倍差从 ${v(first)} ${narrowed ? '缩小' : '扩大'}到 ${v(last)}`
      : `The urban–rural income ratio ${narrowed ? 'narrowed' : 'widened'} from ${v(first)} to ${v(last)}`;
    if (target) title += zh ? `，${target.year} 年目标${v(target)}` : `; the ${target.year} target is ${v(target)}`;
    sentences.push(
      zh
        ? `城镇居民收入与农村居民收入之比，${first.year} 年为 ${v(first)}，${last.year} 年为 ${v(last)}。`
        : `Urban income divided by rural income was ${v(first)} in ${first.year} and ${v(last)} in ${last.year}.`,
    );
    const urban = findSeries(income, SERIES.urban);
    const rural = findSeries(income, SERIES.rural);
    const [u0, u1, r0, r1] = [pointAt(urban, first.year), pointAt(urban, last.year), pointAt(rural, first.year), pointAt(rural, last.year)];
    if (u0 && u1 && r0 && r1) {
      const g0 = formatValue(u0.value - r0.value, income.unit, lang);
      const g1 = formatValue(u1.value - r1.value, income.unit, lang);
      sentences.push(
        zh ? `倍差缩小的同时，收入的绝对差距从 ${g0} 扩大到 ${g1}。` : `Meanwhile the gap in yuan widened from ${g0} to ${g1}.`,
      );
    }
  }
  if (target) sentences.push(zh ? `${target.year} 年的目标是${v(target)}。` : `The ${target.year} target is ${v(target)}.`);
  if (other) {
    sentences.push(
      zh
        ? `作为对照，${quzhou.label.zh} ${other.year} 年的倍差为 ${v(other)}（${t(other.kind, lang)}）。`
        : `For comparison, ${quzhou.label.en}'s ratio was ${v(other)} in ${other.year} (${kindWord(other.kind, lang)}).`,
    );
  }
  const sorted = [kecheng, quzhou].flatMap((s) => [...s.points].sort((a, b) => a.year - b.year).map((p) => ({ s, p })));
  const rows = sorted.map(({ s, p }) => [s.label[lang], String(p.year), v(p), t(p.kind, lang)]);
  const refs = sorted.map(({ p }) => ({ unit: unitLabel(ratio.unit, lang), source: p.source, locator: p.locator }));
  return {
    title,
    subtitle: zh ? '城镇居民人均可支配收入 ÷ 农村居民人均可支配收入' : 'Urban per-capita disposable income ÷ rural',
    summary: sentences.join(zh ? '' : ' '),
    legend: [
      { label: zh ? `${kecheng.label.zh}（实绩）` : `${kecheng.label.en} (actual)`, swatch: 'line', color: COLORS.actual },
      ...(target
        ? [
            {
              label: zh ? `${kecheng.label.zh} ${target.year} 年目标` : `${kecheng.label.en}, ${target.year} target`,
              swatch: 'target' as const,
            },
          ]
        : []),
      ...(other
        ? [
            {
              label: zh ? `${quzhou.label.zh}（全市）` : `${quzhou.label.en} (whole city)`,
              swatch: 'diamond' as const,
              color: COLORS.other,
            },
          ]
        : []),
    ],
    notes: VIEW_NOTES.ratio.ratio.flatMap((i) => ratio.notes?.[i]?.[lang] ?? []),
    sourceIds: [...new Set([...kecheng.points, ...quzhou.points].map((p) => p.source))],
    table: { columns: [zh ? '系列' : 'Series', t('year', lang), t('value', lang), t('kind', lang)], rows, refs },
  };
}
