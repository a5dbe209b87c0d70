import type { Lang } from '../../model/types.ts';
import { textWidth } from '../kit/geometry/text-width.ts';
import { wrapText } from '../kit/geometry/wrap-text.ts';
import { centredBaseline, centredText, type TextMark } from '../kit/geometry/text-mark.ts';
import { changeText } from './cells.ts';
import { OTHERS_COPY } from './copy.ts';
import { COUNT_LINE, countLines, countMarks, countsWidth, type Group } from './groups.ts';
import { shortName, type Placement } from './layout-grid.ts';
import type { Tile } from './model.ts';

const LABEL = 12;

/** The focused category as a list: tile, short name, and what changed 2015 → 2020, two lines a row when there is room. */
function layoutList(group: Group, x0: number, y0: number, width: number, height: number, lang: Lang): Placement {
  const tiles: Tile[] = [];
  const labels: TextMark[] = [];
  const n = group.indicators.length;
  labels.push({ k: `cat-${group.id}`, x: x0, y: y0 + 14, text: group.label, size: 13, bold: true });
  // The counts beside the name, or on a line of their own under it.
  const countsFit = textWidth(group.label, 13, true) + countsWidth(group, lang) + 16 <= width;
  const below = countsFit ? 0 : countLines(group, lang, width) * COUNT_LINE;
  labels.push(
    ...(countsFit
      ? countMarks(group, x0 + width, y0 + 14, 'end', lang)
      : countMarks(group, x0, y0 + 14 + COUNT_LINE, 'start', lang, { maxWidth: width })),
  );
  const top = y0 + 24 + below;
  const rowH = Math.min(40, (height - 24 - below) / n);
  const twoLines = rowH >= 32;
  const tile = Math.max(16, Math.min(22, rowH - (twoLines ? 12 : 4)));
  const textX = x0 + tile + 8;
  const room = x0 + width - textX;
  group.indicators.forEach((indicator, i) => {
    const cy = top + i * rowH + rowH / 2;
    tiles.push({ k: `tile-${indicator.id}`, x: x0, y: cy - tile / 2, size: tile, status: indicator.status, faded: false });
    const name = wrapText(shortName(indicator, lang), room, LABEL, 1, true)[0] ?? '';
    const full = changeText(indicator, lang);
    const short = changeText(indicator, lang, true);
    if (twoLines) {
      const change = textWidth(full, LABEL) <= room ? full : (wrapText(short, room, LABEL, 1)[0] ?? '');
      labels.push({ k: `name-${indicator.id}`, x: textX, y: cy - 2, text: name, size: LABEL, bold: true });
      labels.push({ k: `change-${indicator.id}`, x: textX, y: cy + 13, text: change, size: LABEL, tone: 'muted' });
    } else {
      const nameW = textWidth(name, LABEL, true);
      labels.push(centredText({ k: `name-${indicator.id}`, x: textX, text: name, size: LABEL, bold: true }, cy));
      const left = room - nameW - 8;
      const change = textWidth(full, LABEL) <= left ? full : textWidth(short, LABEL) <= left ? short : undefined;
      if (change)
        labels.push(centredText({ k: `change-${indicator.id}`, x: textX + nameW + 8, text: change, size: LABEL, tone: 'muted' }, cy));
    }
  });
  return { tiles, labels };
}

/** The other categories, faded: each a name with counts over a row of tiles. */
function layoutStack(groups: Group[], x0: number, y0: number, width: number, height: number, lang: Lang): Placement {
  const tiles: Tile[] = [];
  const labels: TextMark[] = [];
  const most = Math.max(...groups.map((g) => g.indicators.length));
  const tile = Math.max(16, Math.min(22, (width - (most - 1) * 4) / most, (height - groups.length * 34) / groups.length));
  const pitch = Math.min(tile + 40, height / groups.length);
  groups.forEach((group, gi) => {
    const y = y0 + gi * pitch;
    labels.push({ k: `cat-${group.id}`, x: x0, y: y + 14, text: group.label, size: 13, bold: true, tone: 'muted' });
    if (textWidth(group.label, 13, true) + countsWidth(group, lang) + 12 <= width)
      labels.push(...countMarks(group, x0 + width, y + 14, 'end', lang, { faded: true }));
    group.indicators.forEach((indicator, i) => {
      tiles.push({ k: `tile-${indicator.id}`, x: x0 + i * (tile + 4), y: y + 20, size: tile, status: indicator.status, faded: true });
    });
  });
  return { tiles, labels };
}

/** The other categories in one faded strip of tiles, led by a count ("其他 14 项"); the count goes above when the line is full. */
function strip(groups: Group[], width: number, lang: Lang) {
  const total = groups.reduce((n, g) => n + g.indicators.length, 0);
  const text = OTHERS_COPY.lead[lang](total);
  const size = 16;
  const run = total * (size + 3) + (groups.length - 1) * 6;
  const lead = textWidth(text, LABEL) + 8;
  const inline = lead + run <= width;
  return { text, size, inline, lead: inline ? lead : 0, height: inline ? size : size + 18 };
}

function layoutStrip(groups: Group[], y0: number, width: number, lang: Lang): Placement {
  const { text, size, inline, lead, height } = strip(groups, width, lang);
  const tiles: Tile[] = [];
  const top = y0 + height - size;
  let x = lead;
  for (const group of groups) {
    for (const indicator of group.indicators) {
      tiles.push({ k: `tile-${indicator.id}`, x, y: top, size, status: indicator.status, faded: true });
      x += size + 3;
    }
    x += 6;
  }
  const y = inline ? centredBaseline(top + size / 2, LABEL) : y0 + 12;
  return { tiles, labels: [{ k: 'others', x: 0, y, text, size: LABEL, tone: 'muted' }] };
}

/** The economy view: the focused category listed with its values, the rest faded beside it or below it. */
export function layoutFocus(groups: Group[], focus: string, width: number, height: number, lang: Lang, wide: boolean): Placement {
  const main = groups.find((g) => g.id === focus) ?? groups[0];
  const rest = groups.filter((g) => g !== main);
  if (!main) return { tiles: [], labels: [] };
  if (wide) {
    const left = Math.round(width * 0.58);
    const list = layoutList(main, 0, 0, left, height, lang);
    const stack = layoutStack(rest, left + 28, 0, width - left - 28, height, lang);
    return { tiles: [...list.tiles, ...stack.tiles], labels: [...list.labels, ...stack.labels] };
  }
  const stripHeight = strip(rest, width, lang).height;
  const list = layoutList(main, 0, 0, width, height - stripHeight - 10, lang);
  const others = layoutStrip(rest, height - stripHeight, width, lang);
  return { tiles: [...list.tiles, ...others.tiles], labels: [...list.labels, ...others.labels] };
}
