import type { Indicator, IndicatorStatus, Lang, ScorecardDataset } from '../../model/types.ts';
import { textWidth } from '../kit/geometry/text-width.ts';
import type { TextMark } from '../kit/geometry/text-mark.ts';
import { STATUSES, STATUS_STYLE } from './views.ts';

export interface Group {
  id: string;
  label: string;
  indicators: Indicator[];
  counts: Record<IndicatorStatus, number>;
}

/** Indicators by category, in the data's category order, each sorted met → missed → unpublished. */
export function groupIndicators(data: ScorecardDataset, lang: Lang): Group[] {
  return data.categories.map((c) => {
    const indicators = data.indicators
      .filter((i) => i.category === c.id)
      .sort((a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status));
    return { id: c.id, label: c.label[lang], indicators, counts: countStatuses(indicators) };
  });
}

export function countStatuses(indicators: readonly Indicator[]): Record<IndicatorStatus, number> {
  const counts: Record<IndicatorStatus, number> = { met: 0, missed: 0, unpublished: 0 };
  for (const i of indicators) counts[i.status] += 1;
  return counts;
}

const COUNT_SIZE = 12;

/** Width of a group's glyph counts ("✓2 ✗4 ?1", zero counts left out). */
export function countsWidth(group: Group): number {
  return STATUSES.filter((s) => group.counts[s] > 0).reduce(
    (w, s) => w + textWidth(`${STATUS_STYLE[s].glyph}${group.counts[s]}`, COUNT_SIZE, true) + 8,
    -8,
  );
}

/**
 * The group's counts as glyph-and-number marks in status colours, starting at x (or ending there). Counts
 * the view does not bring forward (a faded group, or a status other than `emphasis`) are muted: their glyph
 * still says the status, and they keep the contrast of text.
 */
export function countMarks(
  group: Group,
  x: number,
  y: number,
  anchor: 'start' | 'end',
  faded = false,
  emphasis?: IndicatorStatus,
): TextMark[] {
  let cursor = anchor === 'start' ? x : x - countsWidth(group);
  return STATUSES.filter((s) => group.counts[s] > 0).map((s) => {
    const text = `${STATUS_STYLE[s].glyph}${group.counts[s]}`;
    const mark: TextMark = {
      k: `count-${group.id}-${s}`,
      x: cursor,
      y,
      text,
      size: COUNT_SIZE,
      bold: true,
      tone: faded || (emphasis && emphasis !== s) ? 'muted' : STATUS_STYLE[s].color,
    };
    cursor += textWidth(text, COUNT_SIZE, true) + 8;
    return mark;
  });
}
