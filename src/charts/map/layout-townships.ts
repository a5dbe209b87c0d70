import { WIDTH_SLACK } from '../kit/geometry/font-metrics.ts';
import { bisectRight } from 'd3-array';
import type { Size } from '../kit/size.ts';
import type { Lang, Township, TownshipsDataset } from '../../model/types.ts';
import { overlaps, type Box } from '../kit/geometry/avoid-overlap.ts';
import { textBox, type TextMark } from '../kit/geometry/text-mark.ts';
import { textWidth } from '../kit/geometry/text-width.ts';
import { wrapText } from '../kit/geometry/wrap-text.ts';
import { TOWNSHIPS_COPY } from './copy.ts';
import { DARK_LEVEL, type LegendSwatch, type MapModel, type MapTile } from './model.ts';

/** Class breaks of the sequential scale: 0, 1–9, 10–19, 20–29, 30 or more village committees. */
export const BREAKS = [1, 10, 20, 30] as const;
/** The level (0–4) of a count of village committees. */
export const levelOf = (count: number): number => bisectRight(BREAKS, count);

/** The legend's label of each level. */
export function levelLabels(): string[] {
  return BREAKS.map((b, i) => (i === 0 ? '0' : `${BREAKS[i - 1]}–${b - 1}`)).concat(`≥${BREAKS[BREAKS.length - 1]}`);
}

const GAP = 3;
const LEADING = 1.22;
/** Text sizes on a tile: larger on roomy tiles (desktop), never under 12 px. */
const sizesFor = (w: number, h: number) => (Math.min(w, h) >= 76 ? { name: 14, number: 22 } : { name: 12, number: 15 });
const SOFT_HYPHEN = '\u00ad';

/**
 * A short name in lines that fit `width`: Chinese names break between characters; English names only at
 * their soft hyphens, where a hyphen shows. Undefined when the name cannot fit in `maxLines`.
 */
export function nameLines(short: string, width: number, maxLines: number, size = 12): string[] | undefined {
  if (!short.includes(SOFT_HYPHEN)) {
    const lines = wrapText(short, width, size);
    return lines.length <= maxLines && lines.every((l) => textWidth(l, size) <= width) ? lines : undefined;
  }
  const syllables = short.split(SOFT_HYPHEN);
  const lines: string[] = [];
  let line = '';
  syllables.forEach((s, i) => {
    const last = i === syllables.length - 1;
    if (line && textWidth(`${line}${s}${last ? '' : '-'}`, size * WIDTH_SLACK) > width) {
      lines.push(`${line}-`);
      line = s;
    } else line += s;
  });
  lines.push(line);
  return lines.length <= maxLines && lines.every((l) => textWidth(l, size * WIDTH_SLACK) <= width) ? lines : undefined;
}

function tileTexts(t: Township, x: number, y: number, w: number, h: number, lang: Lang, level: number): TextMark[] {
  const tone = level >= DARK_LEVEL ? 'var(--_bg)' : 'fg';
  const pad = 3;
  const { name: NAME, number: NUMBER } = sizesFor(w, h);
  const room = Math.floor((h - 2 * pad - NUMBER) / (NAME * LEADING));
  const name = room >= 1 ? nameLines(t.short[lang], w - 2 * pad, room, NAME) : undefined;
  const texts: TextMark[] = [];
  const block = (name?.length ?? 0) * NAME * LEADING + NUMBER;
  let top = y + (h - block) / 2;
  for (const line of name ?? []) {
    texts.push({ k: '', x: x + w / 2, y: top + NAME * 0.9, text: line, size: NAME, anchor: 'middle', tone });
    top += NAME * LEADING;
  }
  texts.push({ k: '', x: x + w / 2, y: top + NUMBER * 0.88, text: String(t.villages), size: NUMBER, anchor: 'middle', bold: true, tone });
  return texts;
}

/**
 * The schematic tile map: one tile per township-level unit at its cell (data), filled by its number of
 * village committees on a sequential scale and labelled with its short name and that number. The legend
 * and the "schematic" caption take empty cells when they fit there, or a band above and below the grid.
 */
export function layoutTownships(data: TownshipsDataset, size: Size, lang: Lang): Omit<MapModel, 'text'> {
  const { width, height } = size;
  const cols = Math.max(...data.units.map((u) => u.tile.col)) + 1;
  const rows = Math.max(...data.units.map((u) => u.tile.row)) + 1;
  const caption = TOWNSHIPS_COPY.caption[lang];
  const title = TOWNSHIPS_COPY.legendTitle[lang];
  const labels = levelLabels();
  const legendWidth = Math.max(textWidth(title, 12, true), 22 + 6 + Math.max(...labels.map((l) => textWidth(l, 12)))) * WIDTH_SLACK;

  const attempt = (top: number, bottom: number) => {
    // Cells may be wider than tall (phones' plots are short), but no more than 1.6 times.
    const cellH = Math.min((height - top - bottom) / rows, (width / cols) * 1.05, 96);
    const cellW = Math.min(width / cols, cellH * (cellH < 70 ? 1.6 : 1.2));
    const x0 = (width - cellW * cols) / 2;
    const y0 = top + (height - top - bottom - cellH * rows) / 2;
    const tiles: MapTile[] = data.units.map((u) => {
      const level = levelOf(u.villages);
      const [x, y, w, h] = [
        x0 + u.tile.col * cellW + GAP / 2,
        y0 + u.tile.row * cellH + GAP / 2,
        Math.max(1, cellW - GAP),
        Math.max(1, cellH - GAP),
      ];
      return { k: `tile-${u.code}`, x, y, width: w, height: h, level, texts: tileTexts(u, x, y, w, h, lang, level) };
    });
    return { tiles, x0, y0, cellW, gridBottom: y0 + rows * cellH };
  };
  const legendAt = (x: number, y: number) => {
    const swatches: LegendSwatch[] = labels.map((_, i) => ({ x, y: y + 18 + i * 16, size: 13, level: i }));
    const texts: TextMark[] = [
      { k: 'legend-title', x, y: y + 12, text: title, size: 12, bold: true },
      ...labels.map((text, i): TextMark => ({ k: `legend-${i}`, x: x + 20, y: y + 18 + i * 16 + 11, text, size: 12 })),
    ];
    return { swatches, texts };
  };
  const captionAt = (x: number, yBottom: number): TextMark[] =>
    caption.map((text, i) => ({
      k: `caption-${i}`,
      x,
      y: yBottom - (caption.length - 1 - i) * 15 - 3,
      text,
      size: 12,
      bold: i === 0,
      tone: 'muted',
    }));
  const clear = (marks: TextMark[], boxes: Box[], tiles: MapTile[]) =>
    [...marks.map(textBox), ...boxes].every(
      (b) =>
        b.x >= 0 && b.x + b.width <= width + 0.5 && b.y >= 0 && b.y + b.height <= height + 0.5 && tiles.every((t) => !overlaps(b, t, 2)),
    );

  // First try: legend in the top-right corner and caption in the bottom-left, inside empty cells.
  let grid = attempt(0, 0);
  let legend = legendAt(grid.x0 + grid.cellW * cols - legendWidth, grid.y0);
  let captionMarks = captionAt(grid.x0, grid.gridBottom);
  const legendBoxes = (l: typeof legend) => l.swatches.map((s) => ({ x: s.x, y: s.y, width: s.size, height: s.size }));
  if (!clear([...legend.texts, ...captionMarks], legendBoxes(legend), grid.tiles)) {
    // Otherwise the legend takes a band above the grid, in a row, and the caption a band below.
    grid = attempt(36, 34);
    const rowLegend = labels.map((text, i) => ({ text, x: 0, i }));
    const rowWidth = rowLegend.reduce((sum, item) => sum + 17 + textWidth(item.text, 12) * WIDTH_SLACK + 10, -10);
    let x = Math.max(0, Math.min(grid.x0, width - rowWidth));
    const titleMark: TextMark = { k: 'legend-title', x, y: 12, text: title, size: 12, bold: true };
    const swatches: LegendSwatch[] = [];
    const texts: TextMark[] = [titleMark];
    for (const item of rowLegend) {
      swatches.push({ x, y: 18, size: 13, level: item.i });
      texts.push({ k: `legend-${item.i}`, x: x + 17, y: 29, text: item.text, size: 12 });
      x += 17 + textWidth(item.text, 12) * WIDTH_SLACK + 10;
    }
    legend = { swatches, texts };
    captionMarks = [
      {
        k: 'caption-0',
        x: Math.max(0, grid.x0),
        y: grid.gridBottom + 16,
        text: caption.join(TOWNSHIPS_COPY.captionGap[lang]),
        size: 12,
        bold: true,
        tone: 'muted',
      },
    ];
  }
  return {
    width,
    height,
    paths: [],
    points: [],
    tiles: grid.tiles,
    swatches: legend.swatches,
    labels: [...legend.texts, ...captionMarks],
  };
}
