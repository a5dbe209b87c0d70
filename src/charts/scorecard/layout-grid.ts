import type { Indicator, IndicatorStatus, Lang } from '../../model/types.ts';
import { textWidth } from '../kit/geometry/text-width.ts';
import { wrapText } from '../kit/geometry/wrap-text.ts';
import type { TextMark } from '../kit/geometry/text-mark.ts';
import { COUNT_LINE, countLines, countMarks, countsWidth, type Group } from './groups.ts';
import { rowSpacing } from './row-spacing.ts';
import type { Tile } from './model.ts';
import { SHORT_NAMES } from './views.ts';

const GUTTER = 16;
const LABEL = 12;
const LINE = 14;

export interface Placement {
  tiles: Tile[];
  labels: TextMark[];
}

export type Emphasis = (indicator: Indicator) => boolean;

export function shortName(indicator: Indicator, lang: Lang): string {
  return SHORT_NAMES[indicator.id]?.[lang] ?? indicator.name[lang];
}

/**
 * Wide plots: one column per category, header and glyph counts on top, then a tile per indicator with
 * its short name beside it; when names cannot fit the height, tiles only, in rows within the column.
 */
export function layoutColumns(
  groups: Group[],
  width: number,
  height: number,
  lang: Lang,
  emphasis: Emphasis,
  focus?: IndicatorStatus,
): Placement {
  const colW = (width - GUTTER * (groups.length - 1)) / groups.length;
  const headerLines = groups.map((g) => wrapText(g.label, colW, 13, 2, true));
  const countsY = Math.max(...headerLines.map((l) => l.length)) * 16 + 12;
  const headerH = countsY + 6 + (Math.max(...groups.map((g) => countLines(g, lang, colW))) - 1) * COUNT_LINE;
  const avail = height - headerH - 4;
  const tiles: Tile[] = [];
  const labels: TextMark[] = [];
  const most = Math.max(...groups.map((g) => g.indicators.length));
  // With names: the largest tile (28–36 px by height) whose rows, names wrapped to two lines, fit the height;
  // height to spare then opens the rows a little.
  let tile = Math.round(Math.max(28, Math.min(36, height / 18)) / 2) * 2;
  let named = false;
  let wrapped: string[][][] = [];
  let extra = 0;
  for (; tile >= 16; tile -= 2) {
    wrapped = groups.map((g) => g.indicators.map((i) => wrapText(shortName(i, lang), colW - tile - 8, LABEL, tile >= 20 ? 2 : 1)));
    const needed = Math.max(...wrapped.map((rows) => rows.reduce((h, lines) => h + Math.max(tile + 6, lines.length * LINE + 6), 0)));
    if (needed <= avail) {
      named = true;
      extra = Math.min(Math.max(10, height / 40), (avail - needed) / most);
      break;
    }
  }
  const perRow = Math.max(1, Math.ceil(most / Math.max(1, Math.floor(avail / 26))));
  const gridTile = Math.max(16, Math.min(28, (colW - (perRow - 1) * 4) / perRow, avail / Math.ceil(most / perRow) - 4));
  for (const [gi, group] of groups.entries()) {
    const x0 = gi * (colW + GUTTER);
    const groupFaded = !group.indicators.some(emphasis);
    (headerLines[gi] ?? []).forEach((text, li) => {
      labels.push({
        k: `cat-${group.id}${li ? `-${li}` : ''}`,
        x: x0,
        y: 14 + li * 16,
        text,
        size: 13,
        bold: true,
        tone: groupFaded ? 'muted' : 'fg',
      });
    });
    labels.push(...countMarks(group, x0, countsY, 'start', lang, { emphasis: focus, maxWidth: colW }));
    let y = headerH + 2;
    group.indicators.forEach((indicator, ii) => {
      const on = emphasis(indicator);
      if (named) {
        const lines = wrapped[gi]?.[ii] ?? [];
        const rowH = Math.max(tile + 6, lines.length * LINE + 6) + extra;
        const cy = y + rowH / 2 - 3;
        tiles.push({ k: `tile-${indicator.id}`, x: x0, y: cy - tile / 2, size: tile, status: indicator.status, faded: !on });
        lines.forEach((text, li) => {
          labels.push({
            k: `name-${indicator.id}${li ? `-${li}` : ''}`,
            x: x0 + tile + 7,
            y: cy - (lines.length * LINE) / 2 + li * LINE + LINE * 0.78,
            text,
            size: LABEL,
            tone: on ? 'fg' : 'muted',
          });
        });
        y += rowH;
      } else {
        const col = ii % perRow;
        const row = Math.floor(ii / perRow);
        tiles.push({
          k: `tile-${indicator.id}`,
          x: x0 + col * (gridTile + 4),
          y: headerH + 2 + row * (gridTile + 4),
          size: gridTile,
          status: indicator.status,
          faded: !on,
        });
      }
    });
  }
  return { tiles, labels };
}

/** Where a row's name and counts sit above its tiles: baselines of the name and of the first line of counts, the tiles' top, the least gap to the next row. */
interface RowHead {
  nameY: number;
  countsY: number;
  head: number;
  gap: number;
}

/**
 * Narrow plots: one row per category, its name and counts above a line of tiles (no names); when a name and
 * its counts do not share a line, every category's counts go on their own line under its name, set closer on a
 * short plot (a slide's chart beside a long text) rather than cut the names short.
 */
export function layoutRows(
  groups: Group[],
  width: number,
  height: number,
  lang: Lang,
  emphasis: Emphasis,
  focus?: IndicatorStatus,
): Placement {
  const tiles: Tile[] = [];
  const labels: TextMark[] = [];
  const most = Math.max(...groups.map((g) => g.indicators.length));
  const { head: nameLine, gap: minGap } = rowSpacing(groups.length, height, { head: 20, gap: 10 });
  const countRows = Math.max(...groups.map((g) => countLines(g, lang, width)));
  const n = groups.length;
  const fits = (row: RowHead) => n * (row.head + 16) + (n - 1) * row.gap <= height;
  // Counts under the names only where that still leaves the tiles their 16 px: on the usual lines, or (a view that
  // brings no status forward) on closer ones, 4 px between rows; else beside a shortened name.
  const usual: RowHead = { nameY: 14, countsY: 14 + COUNT_LINE, head: nameLine + countRows * COUNT_LINE, gap: minGap };
  const close: RowHead = { nameY: 12, countsY: 26, head: 30 + (countRows - 1) * COUNT_LINE, gap: 4 };
  const needsSplit = groups.some((g) => textWidth(g.label, 13, true) + countsWidth(g, lang) + 12 > width);
  const split = !needsSplit ? undefined : fits(usual) ? usual : !focus && fits(close) ? close : undefined;
  const row: RowHead = split ?? { nameY: 14, countsY: 14, head: nameLine, gap: minGap };
  const { head } = row;
  // Set closer, the rows get back their usual gap before the tiles grow past 16 px.
  const tileGap = split === close ? usual.gap : row.gap;
  const tile = Math.max(16, Math.min(30, (width - (most - 1) * 5) / most, (height - n * head - (n - 1) * tileGap) / n));
  const gap = Math.min(24, Math.max(row.gap, (height - n * (head + tile)) / Math.max(1, n - 1)));
  // Where a name would be cut to a letter or two beside its counts, a view that brings one status forward gives every
  // category only that status's count (the others are muted there anyway, and the tiles still show them).
  const onlyStatus = !split && focus && groups.some((g) => nameCutShort(g, width, lang)) ? focus : undefined;
  groups.forEach((group, gi) => {
    const y0 = gi * (head + tile + gap);
    const faded = !group.indicators.some(emphasis);
    const only = onlyStatus && focusedCount(group, onlyStatus);
    const countW = split ? 0 : countsWidth(only ?? group, lang);
    const name = wrapText(group.label, width - (countW ? countW + 12 : 0), 13, 1, true)[0] ?? '';
    labels.push({ k: `cat-${group.id}`, x: 0, y: y0 + row.nameY, text: name, size: 13, bold: true, tone: faded ? 'muted' : 'fg' });
    labels.push(
      ...(split
        ? countMarks(group, 0, y0 + row.countsY, 'start', lang, { emphasis: focus, maxWidth: width })
        : countMarks(only ?? group, width, y0 + row.nameY, 'end', lang, { emphasis: focus })),
    );
    group.indicators.forEach((indicator, ii) => {
      tiles.push({
        k: `tile-${indicator.id}`,
        x: ii * (tile + 5),
        y: y0 + head,
        size: tile,
        status: indicator.status,
        faded: !emphasis(indicator),
      });
    });
  });
  return { tiles, labels };
}

/** Whether a group's counts, on its name's line, would leave the name fewer than four characters. */
function nameCutShort(group: Group, width: number, lang: Lang): boolean {
  return textWidth(`${[...group.label].slice(0, 4).join('')}…`, 13, true) > width - countsWidth(group, lang) - 12;
}

/** The group with its `focus` count alone (none when that count is zero). */
function focusedCount(group: Group, focus: IndicatorStatus): Group {
  return { ...group, counts: { met: 0, missed: 0, unpublished: 0, [focus]: group.counts[focus] } };
}
