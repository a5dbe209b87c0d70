import { nameInSentence } from '../../model/format.ts';
import type { ChartText, LegendItem } from '../kit/chart-text.ts';
import type { Lang, PlanCell, PlanIndicator, PlanTargetsDataset } from '../../model/types.ts';
import { planCellText, planCellWithUnit, planUnit } from './plan-cells.ts';
import { PLAN_WORDS } from './plan-strings.ts';
import { PLAN_CHANGE_COPY, PLAN_COPY, type PlanFacts } from './copy.ts';

const isNumber = (cell: PlanCell | undefined): boolean => cell?.value !== undefined;

/** A cell of the data table: the number in the row's unit (the unit has its own column), or the table's words. */
function tableCell(cell: PlanCell | undefined, indicator: PlanIndicator, lang: Lang): string {
  return cell?.unpublished ? PLAN_WORDS.unpublishedCell[lang] : planCellText(cell, indicator, lang, 'full');
}

/** The counts, years and names the plan view's words are written from. */
function planFacts(data: PlanTargetsDataset, lang: Lang): PlanFacts {
  const all = data.indicators;
  const binding = all.filter((i) => i.attribute === 'binding');
  const name = (i: PlanIndicator) => nameInSentence(i.name, lang);
  const change = (i: PlanIndicator) => `${planCellWithUnit(i.base, i, lang)} → ${planCellWithUnit(i.target, i, lang)}`;
  const example = all.find((i) => isNumber(i.base) && isNumber(i.target));
  return {
    title: data.title[lang],
    n: all.length,
    binding: binding.length,
    baseYear: data.baseYear,
    targetYear: data.targetYear,
    example: example && {
      name: name(example),
      from: planCellWithUnit(example.base, example, lang),
      to: planCellWithUnit(example.target, example, lang),
    },
    listed: binding.map((i) => PLAN_CHANGE_COPY.item[lang]({ name: name(i), change: change(i) })).join(PLAN_COPY.listGap[lang]),
  };
}

/** The heads over the ledger's columns. */
export function planHeads(data: PlanTargetsDataset, lang: Lang): { base: string; target: string; result: string } {
  const facts = planFacts(data, lang);
  return { base: PLAN_COPY.baseHead[lang](facts), target: PLAN_COPY.targetHead[lang](facts), result: PLAN_WORDS.result[lang] };
}

/**
 * Title, summary, legend, notes and table of the `plan-2025` view; every count, year and value comes from the
 * data. The legend is the same whichever way the plot is laid out: a legend that changed with the layout would
 * change the plot's height in the story's graphic, and with it the layout.
 */
export function planText(data: PlanTargetsDataset, lang: Lang): ChartText {
  const copy = PLAN_COPY;
  const facts = planFacts(data, lang);
  const all = data.indicators;
  const legend: LegendItem[] = [
    { label: copy.targetLegend[lang](facts), swatch: 'target' },
    ...(facts.binding ? [{ label: copy.bindingLegend[lang], swatch: 'square' as const, color: 'var(--_target)' }] : []),
    { label: copy.unpublishedLegend[lang](facts), swatch: 'hatched', color: 'var(--_unpublished)' },
  ];
  const group = (id: string) => data.groups.find((g) => g.id === id)?.label[lang] ?? id;
  const cited = all.flatMap((i) => [i.source, ...[i.base, i.target].flatMap((c) => (c ? [c.source] : []))]);
  return {
    title: copy.title[lang](facts),
    subtitle: copy.subtitle[lang](facts),
    summary: copy.summary[lang](facts),
    legend,
    notes: (data.notes ?? []).map((note) => note[lang]),
    sourceIds: [...new Set(cited)],
    table: {
      columns: copy.columns[lang](facts),
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
