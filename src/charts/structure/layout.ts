import { scaleLinear } from '../kit/geometry/linear-scale.ts';
import type { Size } from '../kit/size.ts';
import type { Lang, StructureDataset } from '../../model/types.ts';
import { formatValue, trimDecimals } from '../../model/format.ts';
import { avoidOverlap } from '../kit/geometry/avoid-overlap.ts';
import { labelBlocks, type LabelBlock } from '../kit/geometry/label-block.ts';
import { textWidth } from '../kit/geometry/text-width.ts';
import { centredText, textBox, type TextMark } from '../kit/geometry/text-mark.ts';
import { TARGET_GAP_COPY } from './copy.ts';
import type { Guide, Segment, StructureModel } from './model.ts';
import { structureText } from './text.ts';
import { FOCUS, SECTORS, type View } from './views.ts';

export type { StructureModel } from './model.ts';

const LABEL = 12;

/** Geometry and text of kc-structure-chart for a view at a size (pure). */
export function layoutStructure(data: StructureDataset, view: View, size: Size, lang: Lang): StructureModel {
  const { width, height } = size;
  const focus = FOCUS[view];
  const entries = data.entries;
  const n = entries.length;
  // With a focus sector, bars shift so that sector starts at one x for every bar: lengths compare directly.
  const before = entries.map((e) => {
    const total = e.primary + e.secondary + e.tertiary;
    const order = SECTORS.map((s) => s.id);
    const index = focus ? order.indexOf(focus) : 0;
    return (order.slice(0, index).reduce((sum, id) => sum + e[id], 0) / total) * 100;
  });
  const shift = Math.max(...before);
  const x = scaleLinear()
    .domain([0, 100 + (focus ? shift - Math.min(...before) : 0)])
    .range([0, width]);
  const labelH = 20;
  const below = 18;
  const minGap = 10;
  const bar = Math.max(16, Math.min(56, (height - n * (labelH + below) - (n - 1) * minGap) / n));
  const gap = n > 1 ? Math.min(28, (height - n * (labelH + bar + below)) / (n - 1)) : 0;
  const segments: Segment[] = [];
  const guides: Guide[] = [];
  const labels: TextMark[] = [];
  const requests: LabelBlock[][] = [];
  entries.forEach((entry, i) => {
    const top = i * (labelH + bar + below + gap);
    const y = top + labelH;
    const target = entry.kind === 'target';
    labels.push({
      k: `row-${entry.id}`,
      x: 0,
      y: top + 14,
      text: entry.label[lang],
      size: 13,
      bold: !target,
      tone: target ? 'var(--_target)' : 'fg',
    });
    const total = entry.primary + entry.secondary + entry.tertiary;
    let cursor = focus ? shift - (before[i] ?? 0) : 0;
    for (const sector of SECTORS) {
      const share = (entry[sector.id] / total) * 100;
      const x0 = x(cursor);
      const w = x(cursor + share) - x0;
      const on = !focus || focus === sector.id;
      segments.push({
        k: `seg-${entry.id}-${sector.id}`,
        x: x0,
        y,
        width: w,
        height: bar,
        sector: sector.id,
        color: sector.color,
        target,
        faded: !on,
      });
      const text = formatValue(entry[sector.id], 'share', lang);
      const bold = on && !!focus;
      if (textWidth(text, LABEL, bold) + 8 <= w) {
        // Solid segments take light text; hatched and faded (pale) ones dark text, with a halo over the hatching.
        const light = !target && on;
        labels.push(
          centredText(
            {
              k: `share-${entry.id}-${sector.id}`,
              x: x0 + w / 2,
              text,
              size: LABEL,
              anchor: 'middle',
              bold: true,
              tone: light ? 'var(--_bg)' : 'fg',
              halo: target,
            },
            y + bar / 2,
          ),
        );
      } else {
        // Outside the bar, a faded sector's share is muted, never transparent: it stays readable.
        const k = `share-${entry.id}-${sector.id}`;
        const blocks = labelBlocks(k, [{ k, text, size: LABEL, bold, tone: on ? 'fg' : 'muted' }], x0 + w / 2, y + bar, 4, ['s', 'se'], {
          halo: false,
        });
        requests.push(blocks);
      }
      cursor += share;
    }
  });
  if (focus) {
    const targetIndex = entries.findIndex((e) => e.kind === 'target');
    const t = entries[targetIndex];
    const lastIndex = entries.length - 1;
    const last = entries[lastIndex];
    const tSeg = segments.find((s) => t && s.k === `seg-${t.id}-${focus}`);
    const aSeg = segments.find((s) => last && s.k === `seg-${last.id}-${focus}`);
    if (t && last && tSeg && aSeg && last.kind === 'actual' && targetIndex < lastIndex) {
      const xt = tSeg.x + tSeg.width;
      guides.push({ k: `guide-${focus}`, x1: xt, y1: tSeg.y, x2: xt, y2: aSeg.y + aSeg.height });
      const diff = last[focus] - t[focus];
      const points = trimDecimals(Math.abs(diff), 1);
      const text = TARGET_GAP_COPY.label[lang]({ points, below: diff < 0 });
      const line = { k: `gap-${focus}`, text, size: LABEL, bold: true, tone: 'var(--_missed)' };
      requests.unshift(labelBlocks(line.k, [line], xt, aSeg.y + aSeg.height, 4, ['s', 'sw', 'se'], { halo: false }));
    }
  }
  const placed = avoidOverlap(requests, labels.map(textBox), { x: 0, y: 0, width, height }, 3);
  labels.push(...placed.flatMap((p) => p?.marks ?? []));
  return { text: structureText(data, view, lang), width, height, segments, guides, labels };
}
