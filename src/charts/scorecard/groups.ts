import type { Indicator, IndicatorStatus, Lang, ScorecardDataset } from '../../model/types.ts';
import { textWidth } from '../kit/geometry/text-width.ts';
import type { TextMark } from '../kit/geometry/text-mark.ts';
import { COUNT_COPY } from './copy.ts';
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
/** Line pitch when a group's counts run onto a second line. */
export const COUNT_LINE = 15;

/** The group's non-zero counts in words, in status order: "完成 2", "未完成 4" / "2 met", "4 missed". */
function countWords(group: Group, lang: Lang): { status: IndicatorStatus; text: string }[] {
  return STATUSES.filter((s) => group.counts[s] > 0).map((s) => ({ status: s, text: COUNT_COPY[s][lang](group.counts[s]) }));
}

const SEPARATOR = ' · ';
const sepWidth = () => textWidth(SEPARATOR, COUNT_SIZE, true);

/** The counts flowed into lines no wider than maxWidth (a count is never split), each item with its offset on its line. */
function flowCounts(group: Group, lang: Lang, maxWidth: number): { status: IndicatorStatus; text: string; dx: number; width: number }[][] {
  const lines: { status: IndicatorStatus; text: string; dx: number; width: number }[][] = [];
  let line: (typeof lines)[number] = [];
  let cursor = 0;
  for (const word of countWords(group, lang)) {
    const width = textWidth(word.text, COUNT_SIZE, true);
    const dx = line.length ? cursor + sepWidth() : 0;
    if (line.length && dx + width > maxWidth) {
      lines.push(line);
      line = [{ ...word, dx: 0, width }];
      cursor = width;
    } else {
      line.push({ ...word, dx, width });
      cursor = dx + width;
    }
  }
  if (line.length) lines.push(line);
  return lines;
}

/** Width of a group's counts on one line ("完成 2 · 未完成 4 · 未公布 1", zero counts left out). */
export function countsWidth(group: Group, lang: Lang): number {
  const line = flowCounts(group, lang, Infinity)[0] ?? [];
  const last = line[line.length - 1];
  return last ? last.dx + last.width : 0;
}

/** How many lines the group's counts take within maxWidth. */
export function countLines(group: Group, lang: Lang, maxWidth: number): number {
  return flowCounts(group, lang, maxWidth).length;
}

/**
 * The group's counts in words ("完成 2 · 未完成 4" / "2 met · 4 missed") in status colours, starting at x (or
 * ending there), running onto further lines below y when wider than maxWidth. Counts the view does not bring
 * forward (a faded group, or a status other than `emphasis`) are muted; their words still say the status.
 */
export function countMarks(
  group: Group,
  x: number,
  y: number,
  anchor: 'start' | 'end',
  lang: Lang,
  { faded = false, emphasis, maxWidth = Infinity }: { faded?: boolean; emphasis?: IndicatorStatus | undefined; maxWidth?: number } = {},
): TextMark[] {
  return flowCounts(group, lang, maxWidth).flatMap((line, li) => {
    const last = line[line.length - 1];
    const lineWidth = last ? last.dx + last.width : 0;
    const left = anchor === 'start' ? x : x - lineWidth;
    const baseline = y + li * COUNT_LINE;
    return line.flatMap((item, ii) => {
      const mark: TextMark = {
        k: `count-${group.id}-${item.status}`,
        x: left + item.dx,
        y: baseline,
        text: item.text,
        size: COUNT_SIZE,
        bold: true,
        tone: faded || (emphasis && emphasis !== item.status) ? 'muted' : STATUS_STYLE[item.status].color,
      };
      if (ii === 0) return [mark];
      const sep: TextMark = {
        k: `count-${group.id}-${item.status}-sep`,
        x: left + item.dx - (sepWidth() + textWidth(SEPARATOR.trim(), COUNT_SIZE, true)) / 2,
        y: baseline,
        text: SEPARATOR.trim(),
        size: COUNT_SIZE,
        bold: true,
        tone: 'muted',
      };
      return [sep, mark];
    });
  });
}
