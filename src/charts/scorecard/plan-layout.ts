import type { Size } from '../kit/size.ts';
import type { Lang, PlanTargetsDataset } from '../../model/types.ts';
import { PLAN_COUNT_COPY } from './copy.ts';
import type { ScorecardModel } from './model.ts';
import { layoutLedger, type PlanGroup } from './plan-ledger.ts';
import { layoutOverview } from './plan-overview.ts';
import { planHeads, planText } from './plan-text.ts';

/** The table's groups with their rows, in its order (a group without rows is left out). */
export function planGroups(data: PlanTargetsDataset, lang: Lang): PlanGroup[] {
  return data.groups
    .map((g) => ({ id: g.id, label: g.label[lang], indicators: data.indicators.filter((i) => i.group === g.id) }))
    .filter((g) => g.indicators.length > 0);
}

/** A group's count for the overview: "8 项，2 项约束性" / "8, 2 binding". */
function countText(group: PlanGroup, lang: Lang): string {
  const n = group.indicators.length;
  const binding = group.indicators.filter((i) => i.attribute === 'binding').length;
  return PLAN_COUNT_COPY.count[lang]({ n, binding });
}

/**
 * The `plan-2025` view (pure): a plan's targets as a ledger, a row per indicator from its base to its target
 * with a "?" for the result no source reports; on a plot too small for the rows, the overview of the groups.
 */
export function layoutPlan(data: PlanTargetsDataset, size: Size, lang: Lang): ScorecardModel {
  const { width, height } = size;
  const groups = planGroups(data, lang);
  const ledger = layoutLedger(groups, width, height, planHeads(data, lang), lang);
  const text = planText(data, lang);
  if (ledger) return { text, width, height, lang, tiles: [], labels: ledger.labels, ledger: ledger.ledger };
  return { text, width, height, lang, ...layoutOverview(groups, width, height, (g) => countText(g, lang)) };
}
