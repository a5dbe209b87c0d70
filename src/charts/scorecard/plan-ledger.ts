import type { Lang, PlanIndicator } from '../../model/types.ts';
import { textWidth } from '../kit/geometry/text-width.ts';
import { centredBaseline, type TextMark } from '../kit/geometry/text-mark.ts';
import { kindPoint } from '../kit/marks/kinds.ts';
import { balancedLines } from './balanced-lines.ts';
import type { Ledger, LedgerBox } from './model.ts';
import { planCellText } from './plan-cells.ts';
import { PLAN_HYPHENS, PLAN_SHORT_NAMES } from './plan-strings.ts';

/** A group of the plan's table (一级指标) with its rows, in the table's order. */
export interface PlanGroup {
  id: string;
  label: string;
  indicators: PlanIndicator[];
}

const FONT = 12;
/**
 * Rows closer than this cannot be read (12 px text is 12.8 px tall); a plot that would need them gets the
 * overview. A phone's graphic in the story leaves about 22 × 13.5 px for the rows.
 */
export const MIN_PITCH = 13.5;
const MAX_PITCH = 24;
/** Rows at least this far apart read as easily as a printed table. */
const COMFORTABLE = 20;
/** The most room left between the longest name and the values before the column closes up. */
const SLACK = 48;
const LINE = 14;
const GROUP_GAP = 5;
const HEAD = 20;
const COLUMN_GAP = 28;
const RESULT = 15;
/** The binding square and its gap to the name. */
const SQUARE = 8;
const MARKER = SQUARE + 5;
/** From the right end of a base value to its target's text: gap, arrow, gap, the target's point. */
const BASE_TO_TARGET = 34;

type Form = 'full' | 'short';

/** The view's heads and words, in the layout's language. */
export interface LedgerWords {
  base: string;
  target: string;
  result: string;
}

/** How one column's rows are set: where its value columns stand and which name each row shows. */
interface ColumnFit {
  gutter: number;
  /** right end of the base values, from the column's left edge */
  baseRight: number;
  /** left end of the target texts */
  targetLeft: number;
  names: Map<string, string>;
  bases: Map<string, string>;
  targets: Map<string, string>;
  labels: Map<string, string[]>;
  /** every row as the table has it: its own name, its values in words */
  complete: boolean;
  /** the column's width: the plot's share, or less where the names leave the values too far to their right */
  width: number;
}

const width = (text: string, bold = false) => textWidth(text, FONT, bold);

function nameOptions(indicator: PlanIndicator, lang: Lang): string[] {
  const full = indicator.name[lang];
  const short = PLAN_SHORT_NAMES[indicator.id]?.[lang];
  return short && short !== full ? [full, short] : [full];
}

/**
 * The widest setting of a column that fits: base and target texts in words where they fit, else short; each
 * name the table's own where it fits beside its values, else the short one. Undefined
 * when even the short forms do not fit.
 */
function fitColumn(groups: PlanGroup[], columnWidth: number, pitch: number, lang: Lang): ColumnFit | undefined {
  for (const hyphens of [false, true]) {
    const labels = new Map<string, string[]>();
    for (const g of groups) {
      const room = Math.min(2, Math.max(1, Math.floor((g.indicators.length * pitch - (pitch - LINE)) / LINE)));
      const label = hyphens ? g.label.replace(/[A-Za-z]+/g, (word) => PLAN_HYPHENS[word] ?? word) : g.label;
      labels.set(g.id, balancedLines(label, room, FONT, true));
    }
    const fit = fitRows(groups, columnWidth, labels, lang);
    if (fit) return fit;
  }
  return undefined;
}

/** The rows' setting beside group names set in `labels`, or undefined. */
function fitRows(groups: PlanGroup[], columnWidth: number, labels: Map<string, string[]>, lang: Lang): ColumnFit | undefined {
  const gutter = Math.max(...[...labels.values()].flatMap((lines) => lines.map((l) => width(l, true)))) + 10;
  const rows = groups.flatMap((g) => g.indicators);
  let best: { fit: ColumnFit; full: number } | undefined;
  for (const [baseForm, targetForm] of [
    ['full', 'full'],
    ['full', 'short'],
    ['short', 'short'],
  ] as [Form, Form][]) {
    const bases = new Map(rows.map((i) => [i.id, planCellText(i.base, i, lang, baseForm)]));
    const targets = new Map(rows.map((i) => [i.id, planCellText(i.target, i, lang, targetForm, true)]));
    const targetLeft = columnWidth - RESULT - 8 - Math.max(...[...targets.values()].map((t) => width(t)));
    const baseRight = targetLeft - BASE_TO_TARGET;
    const nameRoom = baseRight - Math.max(...[...bases.values()].map((b) => width(b))) - 10 - gutter - MARKER;
    const names = new Map<string, string>();
    for (const i of rows) {
      const name = nameOptions(i, lang).find((n) => width(n) <= nameRoom);
      if (name !== undefined) names.set(i.id, name);
    }
    if (names.size < rows.length) continue;
    const full = rows.filter((i) => names.get(i.id) === i.name[lang]).length;
    const complete = full === rows.length && baseForm === 'full' && targetForm === 'full';
    const spare = Math.max(0, nameRoom - Math.max(...[...names.values()].map((n) => width(n))) - SLACK);
    const fit = {
      gutter,
      baseRight: baseRight - spare,
      targetLeft: targetLeft - spare,
      names,
      bases,
      targets,
      labels,
      complete,
      width: columnWidth - spare,
    };
    if (!best || full > best.full) best = { fit, full };
  }
  return best?.fit;
}

/** Groups in the layout's columns: two side by side (1 and 2 above, 3 and 4 below), or one under another. */
function blockRows(groups: PlanGroup[], columns: number): PlanGroup[][] {
  const out: PlanGroup[][] = [];
  for (let i = 0; i < groups.length; i += columns) out.push(groups.slice(i, i + columns));
  return out;
}

/**
 * The plan's table as a ledger: a row per indicator with its name (after a square when binding), the base-year
 * value, an arrow to the target (the target's point), and a result box saying "?" (nothing published); group names
 * in a gutter at the left, as the table has them. One column as the table reads when every row fits in full at
 * a comfortable spacing; else two columns of groups side by side when they fit; else one.
 * Undefined when the rows would be closer than MIN_PITCH or their short forms do not fit the width.
 */
export function layoutLedger(
  groups: PlanGroup[],
  width: number,
  height: number,
  words: LedgerWords,
  lang: Lang,
): { labels: TextMark[]; ledger: Ledger } | undefined {
  const attempts = [
    { columns: 1, least: COMFORTABLE, complete: true },
    { columns: 2, least: MIN_PITCH, complete: false },
    { columns: 1, least: MIN_PITCH, complete: false },
  ];
  for (const { columns, least, complete } of attempts) {
    const blocks = blockRows(groups, columns);
    const rows = blocks.reduce((n, block) => n + Math.max(...block.map((g) => g.indicators.length)), 0);
    const gaps = (blocks.length - 1) * GROUP_GAP;
    const withHead = (height - gaps - HEAD) / rows;
    const head = withHead >= MIN_PITCH;
    const pitch = Math.min(MAX_PITCH, head ? withHead : (height - gaps) / rows);
    if (pitch < least) continue;
    const columnWidth = (width - (columns - 1) * COLUMN_GAP) / columns;
    const fits = Array.from({ length: columns }, (_, c) =>
      fitColumn(
        blocks.flatMap((b) => (b[c] ? [b[c]] : [])),
        columnWidth,
        pitch,
        lang,
      ),
    );
    if (fits.some((f) => !f || (complete && !f.complete))) continue;
    return drawLedger(blocks, fits as ColumnFit[], pitch, head, words);
  }
  return undefined;
}

function drawLedger(
  blocks: PlanGroup[][],
  fits: ColumnFit[],
  pitch: number,
  head: boolean,
  words: LedgerWords,
): { labels: TextMark[]; ledger: Ledger } {
  const labels: TextMark[] = [];
  const ledger: Ledger = { targets: [], results: [], binding: [], rules: [] };
  const text = (mark: Omit<TextMark, 'size'>) => labels.push({ size: FONT, ...mark });
  const top = head ? HEAD : 0;
  fits.forEach((fit, c) => {
    const x0 = fits.slice(0, c).reduce((x, f) => x + f.width + COLUMN_GAP, 0);
    const columnWidth = fit.width;
    if (head) {
      const y = HEAD - 8;
      text({ k: `plan-head-base-${c}`, x: x0 + fit.baseRight, y, text: words.base, anchor: 'end', tone: 'muted' });
      text({ k: `plan-head-target-${c}`, x: x0 + fit.targetLeft - 14, y, text: words.target, tone: 'muted' });
      // The result head goes where it clears the target head; the legend names the box in any case.
      if (fit.targetLeft - 14 + width(words.target) + 8 <= columnWidth - width(words.result)) {
        text({ k: `plan-head-result-${c}`, x: x0 + columnWidth, y, text: words.result, anchor: 'end', tone: 'muted' });
      }
    }
    let y = top;
    blocks.forEach((block, b) => {
      const group = block[c];
      const blockRows = Math.max(...block.map((g) => g.indicators.length));
      if (b > 0) ledger.rules.push({ k: `plan-rule-${c}-${b}`, x: x0, y: y + GROUP_GAP / 2 - 0.5, width: columnWidth, height: 1 });
      if (b > 0) y += GROUP_GAP;
      if (group) drawGroup(group, fit, x0, y, pitch, labels, ledger);
      y += blockRows * pitch;
    });
  });
  return { labels, ledger };
}

function drawGroup(group: PlanGroup, fit: ColumnFit, x0: number, y0: number, pitch: number, labels: TextMark[], ledger: Ledger): void {
  const baseline = (cy: number) => centredBaseline(cy, FONT);
  (fit.labels.get(group.id) ?? []).forEach((line, li) => {
    labels.push({
      k: `plan-group-${group.id}${li ? `-${li}` : ''}`,
      x: x0,
      y: baseline(y0 + pitch / 2) + li * LINE,
      text: line,
      size: FONT,
      bold: true,
    });
  });
  const nameX = x0 + fit.gutter + MARKER;
  group.indicators.forEach((i, r) => {
    const cy = y0 + r * pitch + pitch / 2;
    const y = baseline(cy);
    const name = fit.names.get(i.id) ?? '';
    labels.push({ k: `plan-name-${i.id}`, x: nameX, y, text: name, size: FONT });
    if (i.attribute === 'binding')
      ledger.binding.push({ k: `plan-binding-${i.id}`, x: x0 + fit.gutter, y: cy - SQUARE / 2, width: SQUARE, height: SQUARE });
    const base = fit.bases.get(i.id) ?? '';
    const baseRight = x0 + fit.baseRight;
    labels.push({
      k: `plan-base-${i.id}`,
      x: baseRight,
      y,
      text: base,
      size: FONT,
      anchor: 'end',
      tone: i.base?.value === undefined ? 'muted' : 'fg',
    });
    const targetLeft = x0 + fit.targetLeft;
    labels.push({
      k: `plan-arrow-${i.id}`,
      x: (baseRight + targetLeft - 14) / 2,
      y,
      text: '→',
      size: FONT,
      anchor: 'middle',
      tone: 'muted',
    });
    ledger.targets.push(kindPoint(`plan-point-${i.id}`, 'target', targetLeft - 9, cy, 4));
    labels.push({ k: `plan-target-${i.id}`, x: targetLeft, y, text: fit.targets.get(i.id) ?? '', size: FONT, tone: 'var(--_target)' });
    const boxHeight = Math.min(RESULT, pitch - 1.5);
    const box: LedgerBox = {
      k: `plan-result-${i.id}`,
      x: x0 + fit.width - RESULT,
      y: cy - boxHeight / 2,
      width: RESULT,
      height: boxHeight,
    };
    ledger.results.push(box);
    labels.push({ k: `plan-result-text-${i.id}`, x: box.x + RESULT / 2, y, text: '?', size: FONT, bold: true, anchor: 'middle' });
  });
}
