import type { ChartText, TableRowRef } from '../kit/chart-text.ts';
import type { Figure, Lang } from '../../model/types.ts';
import { t } from '../../model/i18n/strings.ts';
import { boundedValue } from '../../model/bounded-value.ts';
import { villageCounts, type VillageFigures } from './counts.ts';
import type { View } from './views.ts';

const level = (f: Figure, lang: Lang) => boundedValue(f.value, f.unit, f.bound, lang);
const ref = (f: Figure, lang: Lang, locator = f.locator): TableRowRef => ({
  unit: lang === 'zh' ? '个' : 'villages',
  source: f.source,
  locator,
});

/** The header lines of each view, one per tier shown; the layout draws them with a key square. */
export function headerLines(figures: VillageFigures, view: View, lang: Lang): string[] {
  const zh = lang === 'zh';
  const { total, upper, base } = villageCounts(figures);
  const share = `${figures.upperShare.value}%`;
  if (view === 'floor-2021') {
    const { floor2021: f } = figures;
    return [
      zh
        ? `${f.year} 年${t('actual', lang)}：${total} 个村全部${level(f, lang)}`
        : `${t('actual', lang)}, ${f.year}: all ${total} villages ${level(f, lang)}`,
    ];
  }
  const { upperLevel: u, floor2026: b } = figures;
  const target = t('target', lang);
  return zh
    ? [`${target}：至少 ${upper} 个村（${share}）${level(u, lang)}`, `${target}：其余 ${base} 个村${level(b, lang)}`]
    : [`${target}: ${level(u, lang)} in at least ${upper} villages (${share})`, `${target}: ${level(b, lang)} in the other ${base}`];
}

/** Title, summary, legend, notes and table of kc-village-chart; every count is computed from the data. */
export function villagesText(figures: VillageFigures, view: View, lang: Lang): ChartText {
  const zh = lang === 'zh';
  const { total, upper, base } = villageCounts(figures);
  const { villages, floor2021, floor2026, upperLevel, upperShare } = figures;
  const exact = ((total * upperShare.value) / 100).toLocaleString(zh ? 'zh-CN' : 'en', { maximumFractionDigits: 1 });
  const squares = zh
    ? `每个方块代表一个行政村，不对应具体的村：哪些村达到哪一档，资料没有公布。`
    : `Each square stands for one administrative village, not a particular one: which villages reach which level has not been published.`;
  const count = zh
    ? `村数（${total} 个）据国家统计局 ${villages.year} 年版区划代码；2021 年和 2026 年的村数可能因撤并而不同。`
    : `The count of ${total} villages is from the ${villages.year} edition of the statistics bureau's division codes; the number in 2021 or 2026 may differ after mergers.`;
  const sourceIds = [...new Set([villages.source, floor2021.source, floor2026.source, upperShare.source])];
  if (view === 'floor-2021') {
    return {
      title: zh
        ? `到 ${floor2021.year} 年，柯城每个行政村的村集体经营性收入都在 ${floor2021.value} 万元以上`
        : `By ${floor2021.year}, every village in Kecheng earned ${level(floor2021, lang)} a year`,
      subtitle: floor2021.label[lang],
      summary: zh
        ? `到 ${floor2021.year} 年，全区每个行政村的村集体经济年经营性收入都达到${level(floor2021, lang)}。图中画的是 ${villages.year} 年版区划代码里的 ${total} 个行政村。`
        : `By ${floor2021.year} every administrative village had a collective operating income of ${level(floor2021, lang)} a year. The chart draws the ${total} villages of the ${villages.year} division codes.`,
      // The plot's header lines, each with a key square, are the legend.
      legend: [],
      notes: [squares, count],
      sourceIds,
      table: {
        columns: zh ? ['村', '个数', '年经营性收入', '年份', '类型'] : ['Villages', 'Number', 'Operating income a year', 'Year', 'Kind'],
        rows: [
          [
            zh ? '全部行政村' : 'All administrative villages',
            String(total),
            level(floor2021, lang),
            String(floor2021.year),
            t('actual', lang),
          ],
        ],
        refs: [ref(floor2021, lang, `${floor2021.locator}; count: ${villages.locator}`)],
      },
    };
  }
  return {
    title: zh
      ? `${floor2026.year} 年目标：每村 ${floor2026.value} 万元以上，至少 ${upper} 个村 ${upperLevel.value} 万元以上`
      : `${floor2026.year} targets: every village ${level(floor2026, lang)}, at least ${upper} of ${total} ${level(upperLevel, lang)}`,
    subtitle: zh ? '村集体经济年经营性收入目标' : 'Targets for the operating income of village collectives',
    summary: zh
      ? `到 ${floor2026.year} 年，${total} 个行政村的村集体经营性收入都要达到${level(floor2026, lang)}，其中不低于 ${upperShare.value}% 要达到${level(upperLevel, lang)}：${total} 的 ${upperShare.value}% 是 ${exact}，即至少 ${upper} 个村；其余 ${base} 个村至少要达到 ${floor2026.value} 万元。`
      : `By ${floor2026.year} all ${total} administrative villages are to earn ${level(floor2026, lang)} a year, and at least ${upperShare.value}% of them ${level(upperLevel, lang)}: ${upperShare.value}% of ${total} is ${exact}, so at least ${upper} villages; the other ${base} must reach ${level(floor2026, lang)}.`,
    legend: [],
    notes: [
      zh
        ? `目标是“不低于 ${upperShare.value}%”：${total} 的 ${upperShare.value}% 是 ${exact}，向上取整为 ${upper} 个村，这是达标所需的最少村数。`
        : `The target is "at least ${upperShare.value}%": ${upperShare.value}% of ${total} is ${exact}, rounded up to ${upper}, the fewest villages that meet it.`,
      squares,
      count,
    ],
    sourceIds,
    table: {
      columns: zh ? ['村', '个数', '年经营性收入', '年份', '类型'] : ['Villages', 'Number', 'Operating income a year', 'Year', 'Kind'],
      rows: [
        [
          zh ? `不低于 ${upperShare.value}% 的行政村` : `At least ${upperShare.value}% of villages`,
          zh ? `至少 ${upper}` : `at least ${upper}`,
          level(upperLevel, lang),
          String(upperLevel.year),
          t('target', lang),
        ],
        [
          zh ? '其余行政村' : 'The other villages',
          zh ? `至多 ${base}` : `at most ${base}`,
          level(floor2026, lang),
          String(floor2026.year),
          t('target', lang),
        ],
        [
          zh ? '全部行政村' : 'All administrative villages',
          String(total),
          level(floor2026, lang),
          String(floor2026.year),
          t('target', lang),
        ],
      ],
      refs: [
        ref(upperShare, lang, `${upperShare.locator}; ${zh ? '村数' : 'count'}: ${upperShare.value}% × ${total}, rounded up`),
        ref(floor2026, lang, `${floor2026.locator}; ${total} − ${upper}`),
        ref(floor2026, lang, `${floor2026.locator}; count: ${villages.locator}`),
      ],
    },
  };
}
