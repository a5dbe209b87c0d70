import type { ChartText, LegendItem } from '../kit/chart-text.ts';
import type { Lang, PlanCell, PlanIndicator, PlanTargetsDataset } from '../../model/types.ts';
import { planCellText, planCellWithUnit, planUnit } from './plan-cells.ts';
import { PLAN_WORDS } from './plan-strings.ts';

const isNumber = (cell: PlanCell | undefined): boolean => cell?.value !== undefined;

/** A cell of the data table: the number in the row's unit (the unit has its own column), or the table's words. */
function tableCell(cell: PlanCell | undefined, indicator: PlanIndicator, lang: Lang): string {
  return cell?.unpublished ? PLAN_WORDS.unpublishedCell[lang] : planCellText(cell, indicator, lang, 'full');
}

/** The heads over the ledger's columns. */
export function planHeads(data: PlanTargetsDataset, lang: Lang): { base: string; target: string; result: string } {
  const zh = lang === 'zh';
  return {
    base: zh ? `${data.baseYear} 年` : String(data.baseYear),
    target: zh ? `${data.targetYear} 年${PLAN_WORDS.target.zh}` : `${data.targetYear} ${PLAN_WORDS.target.en}`,
    result: PLAN_WORDS.result[lang],
  };
}

/**
 * Title, summary, legend, notes and table of the `plan-2025` view; every count, year and value comes from the
 * data. The legend is the same whichever way the plot is laid out: a legend that changed with the layout would
 * change the plot's height in the story's graphic, and with it the layout.
 */
export function planText(data: PlanTargetsDataset, lang: Lang): ChartText {
  const zh = lang === 'zh';
  const all = data.indicators;
  const n = all.length;
  const binding = all.filter((i) => i.attribute === 'binding');
  const { baseYear, targetYear } = data;
  const change = (i: PlanIndicator) => `${planCellWithUnit(i.base, i, lang)} → ${planCellWithUnit(i.target, i, lang)}`;
  const example = all.find((i) => isNumber(i.base) && isNumber(i.target));
  const name = (i: PlanIndicator) => (zh ? i.name.zh : i.name.en.charAt(0).toLowerCase() + i.name.en.slice(1));
  const listed = binding.map((i) => `${name(i)}${zh ? '（' : ' ('}${change(i)}${zh ? '）' : ')'}`).join(zh ? '、' : '; ');
  const summary = zh
    ? [
        `规划列出 ${n} 项主要指标的 ${baseYear} 年数值和 ${targetYear} 年目标${example ? `，如${example.name.zh}从 ${planCellWithUnit(example.base, example, lang)} 到 ${planCellWithUnit(example.target, example, lang)}` : ''}。`,
        binding.length ? `${binding.length} 项为约束性指标：${listed}。` : '',
        `这些文件中没有任何一项指标的 ${targetYear} 年结果。`,
      ].join('')
    : [
        `The plan lists ${n} main indicators with their ${baseYear} values and ${targetYear} targets${example ? `, such as ${name(example)} from ${planCellWithUnit(example.base, example, lang)} to ${planCellWithUnit(example.target, example, lang)}` : ''}.`,
        binding.length ? ` ${binding.length} are binding: ${listed}.` : '',
        ` None has a ${targetYear} result in these documents.`,
      ].join('');
  const legend: LegendItem[] = [
    { label: zh ? `${targetYear} 年目标` : `${targetYear} target`, swatch: 'target' },
    ...(binding.length ? [{ label: zh ? '约束性' : 'Binding', swatch: 'square' as const, color: 'var(--_target)' }] : []),
    { label: zh ? `? ${targetYear} 年结果未见公布` : '? No result published', swatch: 'hatched', color: 'var(--_unpublished)' },
  ];
  const group = (id: string) => data.groups.find((g) => g.id === id)?.label[lang] ?? id;
  const cited = all.flatMap((i) => [i.source, ...[i.base, i.target].flatMap((c) => (c ? [c.source] : []))]);
  return {
    title: zh
      ? `${n} 项 ${targetYear} 年目标已到期，这些文件中没有结果`
      : `${n} targets for ${targetYear} have come due; these documents report no results`,
    subtitle: zh
      ? `${data.title.zh}：${baseYear} 年基数与 ${targetYear} 年目标，其中 ${binding.length} 项为约束性指标`
      : `${data.title.en}: ${baseYear} bases and ${targetYear} targets, ${binding.length} of them binding`,
    summary,
    legend,
    notes: (data.notes ?? []).map((note) => note[lang]),
    sourceIds: [...new Set(cited)],
    table: {
      columns: zh
        ? ['指标', '类别', '单位', `${baseYear} 年`, `${targetYear} 年目标`, '指标属性', `${targetYear} 年结果`, '说明']
        : ['Indicator', 'Group', 'Unit', String(baseYear), `${targetYear} target`, 'Attribute', `${targetYear} result`, 'Note'],
      rows: all.map((i) => [
        i.name[lang],
        group(i.group),
        planUnit(i, lang),
        tableCell(i.base, i, lang),
        tableCell(i.target, i, lang),
        PLAN_WORDS[i.attribute][lang],
        PLAN_WORDS.noResult[lang],
        i.note?.[lang] ?? '',
      ]),
      refs: all.map((i) => ({ unit: planUnit(i, lang), source: i.source, locator: i.locator })),
    },
  };
}
