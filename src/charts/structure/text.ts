import type { ChartText } from '../kit/chart-text.ts';
import type { Lang, StructureDataset, StructureEntry } from '../../model/types.ts';
import { formatValue } from '../../model/format.ts';
import { t } from '../../model/i18n/strings.ts';
import { FOCUS, SECTORS, type Sector, type View } from './views.ts';
import { FOCUS_COPY, MOVE_COPY, STRUCTURE_COPY, TREND_COPY, type FocusFacts } from './copy.ts';

const pct = (v: number, lang: Lang) => formatValue(v, 'share', lang);

/** Title, summary, legend, notes and table of kc-structure-chart, numbers from the data. */
export function structureText(data: StructureDataset, view: View, lang: Lang): ChartText {
  const words = STRUCTURE_COPY;
  const actual = data.entries.filter((e) => e.kind === 'actual').sort((a, b) => a.year - b.year);
  const first = actual[0];
  const last = actual[actual.length - 1];
  const target = data.entries.find((e) => e.kind === 'target');
  const noun = (s: Sector) => SECTORS.find((x) => x.id === s)?.noun[lang] ?? s;
  const move = (s: Sector, a: StructureEntry, b: StructureEntry) =>
    MOVE_COPY.move[lang]({ noun: noun(s), from: pct(a[s], lang), to: pct(b[s], lang), rose: b[s] >= a[s] });
  let title: string = data.title[lang];
  const focus = FOCUS[view];
  const focused: FocusFacts | undefined =
    focus && first && last && target
      ? {
          noun: noun(focus),
          first: pct(first[focus], lang),
          target: pct(target[focus], lang),
          last: pct(last[focus], lang),
          plannedUp: target[focus] >= first[focus],
          actualUp: last[focus] >= first[focus],
        }
      : undefined;
  if (focused) {
    title = FOCUS_COPY.title[lang](focused);
  } else if (first && last && first !== last) {
    title = TREND_COPY.title[lang]({
      firstYear: first.year,
      lastYear: last.year,
      tertiary: move('tertiary', first, last),
      secondary: move('secondary', first, last),
    });
  }
  const shares = (e: StructureEntry) => SECTORS.map((s) => `${s.label[lang]} ${pct(e[s.id], lang)}`).join(words.shareGap[lang]);
  let summary =
    data.entries.map((e) => `${e.label[lang]}${words.labelColon[lang]}${shares(e)}`).join(words.entryGap[lang]) + words.stop[lang];
  if (focused) summary += FOCUS_COPY.summary[lang](focused);
  return {
    title,
    subtitle: words.subtitle[lang],
    summary,
    legend: [
      ...SECTORS.map((s) => ({ label: s.label[lang], swatch: 'square' as const, color: s.color })),
      { label: words.targetLegend[lang], swatch: 'planned' as const },
    ],
    notes: (data.notes ?? []).map((note) => note[lang]),
    sourceIds: [...new Set(data.entries.map((e) => e.source))],
    table: {
      columns: [words.barColumn[lang], t('year', lang), t('kind', lang), ...SECTORS.map((s) => s.label[lang])],
      rows: data.entries.map((e) => [e.label[lang], String(e.year), t(e.kind, lang), ...SECTORS.map((s) => pct(e[s.id], lang))]),
      refs: data.entries.map((e) => ({ unit: words.unit[lang], source: e.source, locator: e.locator })),
    },
  };
}
