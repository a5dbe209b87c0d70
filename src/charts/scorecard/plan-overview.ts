import { textWidth } from '../kit/geometry/text-width.ts';
import type { TextMark } from '../kit/geometry/text-mark.ts';
import { wrapText } from '../kit/geometry/wrap-text.ts';
import type { Tile } from './model.ts';
import type { PlanGroup } from './plan-ledger.ts';
import { rowSpacing } from './row-spacing.ts';

const HEAD = 20;
const MIN_GAP = 8;

/**
 * A plot too small for a row per indicator: each group as its name and count over a line of tiles, one per
 * indicator, each "?" (no published result), as the scorecard shows Table 1 on phones. The values are in the
 * data table.
 */
export function layoutOverview(
  groups: PlanGroup[],
  width: number,
  height: number,
  count: (group: PlanGroup) => string,
): { tiles: Tile[]; labels: TextMark[] } {
  const tiles: Tile[] = [];
  const labels: TextMark[] = [];
  const most = Math.max(...groups.map((g) => g.indicators.length));
  const n = groups.length;
  const { head, gap: minGap } = rowSpacing(n, height, { head: HEAD, gap: MIN_GAP });
  const tile = Math.max(16, Math.min(28, (width - (most - 1) * 5) / most, (height - n * head - (n - 1) * minGap) / n));
  const gap = Math.min(20, Math.max(minGap, (height - n * (head + tile)) / Math.max(1, n - 1)));
  groups.forEach((group, gi) => {
    const y0 = gi * (head + tile + gap);
    const counted = count(group);
    const countW = textWidth(counted, 12);
    const name =
      textWidth(group.label, 13, true) + countW + 12 <= width
        ? group.label
        : (wrapText(group.label, width - countW - 12, 13, 1, true)[0] ?? '');
    labels.push({ k: `plan-group-${group.id}`, x: 0, y: y0 + 14, text: name, size: 13, bold: true });
    labels.push({ k: `plan-count-${group.id}`, x: width, y: y0 + 14, text: counted, size: 12, anchor: 'end', tone: 'muted' });
    group.indicators.forEach((indicator, ii) => {
      tiles.push({ k: `tile-plan-${indicator.id}`, x: ii * (tile + 5), y: y0 + head, size: tile, status: 'unpublished', faded: false });
    });
  });
  return { tiles, labels };
}
