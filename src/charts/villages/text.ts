import type { ChartText, TableRowRef } from '../kit/chart-text.ts';
import type { Figure, Lang } from '../../model/types.ts';
import { t } from '../../model/i18n/strings.ts';
import { boundedValue } from '../../model/bounded-value.ts';
import { villageCounts, type VillageFigures } from '../../model/villages.ts';
import type { View } from './views.ts';
import { VILLAGES_COPY, type Level, type VillageFacts } from './copy.ts';

const level = (f: Figure, lang: Lang) => boundedValue(f.value, f.unit, f.bound, lang);
const ref = (f: Figure, lang: Lang, locator = f.locator): TableRowRef => ({ unit: VILLAGES_COPY.unit[lang], source: f.source, locator });

/** The numbers of the chart, as the language writes them, that its sentences are written from. */
function villageFacts(figures: VillageFigures, lang: Lang): VillageFacts {
  const { total, upper, base } = villageCounts(figures);
  const share = figures.upperShare.value;
  const at = (f: Figure): Level => ({ year: f.year, value: f.value, text: level(f, lang) });
  return {
    total,
    upper,
    base,
    share,
    exact: ((total * share) / 100).toLocaleString(VILLAGES_COPY.locale[lang], { maximumFractionDigits: 1 }),
    codesYear: figures.villages.year,
    floor2021: at(figures.floor2021),
    floor2026: at(figures.floor2026),
    upperLevel: at(figures.upperLevel),
  };
}

/** The header lines of each view, one per tier shown; the layout draws them with a key square. */
export function headerLines(figures: VillageFigures, view: View, lang: Lang): string[] {
  const facts = villageFacts(figures, lang);
  const copy = VILLAGES_COPY;
  if (view === 'floor-2021') return [copy.floorLine[lang](facts)];
  return [copy.upperLine[lang](facts), copy.baseLine[lang](facts)];
}

/** Title, summary, legend, notes and table of kc-village-chart; every count is computed from the data. */
export function villagesText(figures: VillageFigures, view: View, lang: Lang): ChartText {
  const facts = villageFacts(figures, lang);
  const copy = VILLAGES_COPY;
  const { total, upper } = facts;
  const { villages, floor2021, floor2026, upperLevel, upperShare } = figures;
  const squares = copy.squaresNote[lang];
  const count = copy.countNote[lang](facts);
  const sourceIds = [...new Set([villages.source, floor2021.source, floor2026.source, upperShare.source])];
  if (view === 'floor-2021') {
    return {
      title: copy.floorTitle[lang](facts),
      subtitle: floor2021.label[lang],
      summary: copy.floorSummary[lang](facts),
      // The plot's header lines, each with a key square, are the legend.
      legend: [],
      notes: [squares, count],
      sourceIds,
      table: {
        columns: copy.columns[lang],
        rows: [[copy.allVillages[lang], String(total), level(floor2021, lang), String(floor2021.year), t('actual', lang)]],
        refs: [ref(floor2021, lang, `${floor2021.locator}; count: ${villages.locator}`)],
      },
    };
  }
  return {
    title: copy.targetsTitle[lang](facts),
    subtitle: copy.targetsSubtitle[lang],
    summary: copy.targetsSummary[lang](facts),
    legend: [],
    notes: [copy.roundingNote[lang](facts), squares, count],
    sourceIds,
    table: {
      columns: copy.columns[lang],
      rows: [
        [copy.upperRow[lang](facts), copy.atLeastUpper[lang](facts), level(upperLevel, lang), String(upperLevel.year), t('target', lang)],
        [copy.otherVillages[lang], copy.atMostBase[lang](facts), level(floor2026, lang), String(floor2026.year), t('target', lang)],
        [copy.allVillages[lang], String(total), level(floor2026, lang), String(floor2026.year), t('target', lang)],
      ],
      refs: [
        ref(upperShare, lang, `${upperShare.locator}; ${copy.countWord[lang]}: ${upperShare.value}% × ${total}, rounded up`),
        ref(floor2026, lang, `${floor2026.locator}; ${total} − ${upper}`),
        ref(floor2026, lang, `${floor2026.locator}; count: ${villages.locator}`),
      ],
    },
  };
}
