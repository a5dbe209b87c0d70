import type { ChartText } from '../kit/chart-text.ts';
import type { Lang, StructureDataset, StructureEntry } from '../../model/types.ts';
import { formatValue } from '../../model/format.ts';
import { t } from '../../model/i18n/strings.ts';
import { FOCUS, SECTORS, type Sector, type View } from './views.ts';

const pct = (v: number, lang: Lang) => formatValue(v, 'share', lang);

/** Title, summary, legend, notes and table of kc-structure-chart, numbers from the data. */
export function structureText(data: StructureDataset, view: View, lang: Lang): ChartText {
  const zh = lang === 'zh';
  const actual = data.entries.filter((e) => e.kind === 'actual').sort((a, b) => a.year - b.year);
  const first = actual[0];
  const last = actual[actual.length - 1];
  const target = data.entries.find((e) => e.kind === 'target');
  const noun = (s: Sector) => SECTORS.find((x) => x.id === s)?.noun[lang] ?? s;
  const move = (s: Sector, a: StructureEntry, b: StructureEntry) =>
    zh
      ? `${noun(s)}从 ${pct(a[s], lang)} ${b[s] >= a[s] ? '升' : '降'}至 ${pct(b[s], lang)}`
      : `${noun(s)} ${b[s] >= a[s] ? 'rose' : 'fell'} from ${pct(a[s], lang)} to ${pct(b[s], lang)}`;
  let title: string = data.title[lang];
  const focus = FOCUS[view];
  if (focus && first && last && target) {
    const plannedUp = target[focus] >= first[focus];
    const actualUp = last[focus] >= first[focus];
    title = zh
      ? `${noun(focus)}占比本应${plannedUp ? '升' : '降'}至 ${pct(target[focus], lang)}，实际${actualUp ? '升' : '降'}至 ${pct(last[focus], lang)}`
      : `The ${noun(focus)} share was meant to ${plannedUp ? 'rise' : 'fall'} to ${pct(target[focus], lang)} of GDP; it ${actualUp ? 'rose' : 'fell'} to ${pct(last[focus], lang)}`;
  } else if (first && last && first !== last) {
    title = zh
      ? `${first.year}—${last.year} 年，${move('tertiary', first, last)}，${move('secondary', first, last)}`
      : `${first.year}–${last.year}: ${move('tertiary', first, last)} of GDP, ${move('secondary', first, last)}`;
  }
  const shares = (e: StructureEntry) => SECTORS.map((s) => `${s.label[lang]} ${pct(e[s.id], lang)}`).join(zh ? '、' : ', ');
  let summary = data.entries.map((e) => `${e.label[lang]}${zh ? '：' : ': '}${shares(e)}`).join(zh ? '；' : '; ') + (zh ? '。' : '.');
  if (focus && first && last && target) {
    summary += zh
      ? ` 规划要求${noun(focus)}从 ${pct(first[focus], lang)} 升至 ${pct(target[focus], lang)}，实际为 ${pct(last[focus], lang)}。`
      : ` The plan wanted ${noun(focus)} to go from ${pct(first[focus], lang)} to ${pct(target[focus], lang)}; it ended at ${pct(last[focus], lang)}.`;
  }
  return {
    title,
    subtitle: zh ? '三次产业增加值占地区生产总值的比重' : 'Shares of GDP by sector',
    summary,
    legend: [
      ...SECTORS.map((s) => ({ label: s.label[lang], swatch: 'square' as const, color: s.color })),
      { label: zh ? '规划目标（斜线）' : 'Plan target (hatched)', swatch: 'hatched' as const, color: 'var(--_muted)' },
    ],
    notes: (data.notes ?? []).map((note) => note[lang]),
    sourceIds: [...new Set(data.entries.map((e) => e.source))],
    table: {
      columns: [zh ? '条目' : 'Bar', t('year', lang), t('kind', lang), ...SECTORS.map((s) => s.label[lang])],
      rows: data.entries.map((e) => [e.label[lang], String(e.year), t(e.kind, lang), ...SECTORS.map((s) => pct(e[s.id], lang))]),
      refs: data.entries.map((e) => ({ unit: zh ? '占地区生产总值的 %' : '% of GDP', source: e.source, locator: e.locator })),
    },
  };
}
