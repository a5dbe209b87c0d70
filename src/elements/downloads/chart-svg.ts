import type { ChartText } from '../../charts/kit/chart-text.ts';
import { wrapText } from '../../charts/kit/geometry/wrap-text.ts';
import { CONTENT_LICENCE, WORK_NAME, attribution, chartCredit } from '../../model/licence.ts';
import type { Lang } from '../../model/types.ts';
import { cloneWithComputedStyles } from './computed-styles.ts';

/** A chart as one standalone SVG document, with its size in CSS pixels. */
export interface StandaloneSvg {
  svg: string;
  width: number;
  height: number;
}

const PAD = 20;
const escapeXml = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** Lines of text set from `y` down; returns the SVG and the y below them. */
function textBlock(
  text: string,
  y: number,
  width: number,
  style: { size: number; color: string; bold?: boolean; lineHeight?: number },
): { svg: string; y: number } {
  const lh = style.size * (style.lineHeight ?? 1.35);
  const lines = wrapText(text, width, style.size, Infinity, style.bold);
  const weight = style.bold ? ' font-weight="700"' : '';
  const svg = lines
    .map(
      (line, i) =>
        `<text x="${PAD}" y="${(y + lh * i + style.size).toFixed(1)}" font-size="${style.size}"${weight} fill="${style.color}">${escapeXml(line)}</text>`,
    )
    .join('');
  return { svg, y: y + lh * lines.length };
}

/** The legend as drawn in the frame: each swatch (inlined) and its label, flowing in rows. */
function legendBlock(root: ShadowRoot, y: number, width: number, color: string, font: string): { svg: string; y: number } {
  const size = 13;
  const rowHeight = 20;
  let x = PAD;
  let row = 0;
  const parts: string[] = [];
  for (const item of root.querySelectorAll('.legend li')) {
    const swatch = item.querySelector('svg');
    const label = item.textContent?.trim() ?? '';
    const w = 22 + 6 + labelWidth(label, size, font) + 16;
    if (x > PAD && x + w > PAD + width) {
      x = PAD;
      row += 1;
    }
    const top = y + row * rowHeight;
    if (swatch) {
      const copy = cloneWithComputedStyles(swatch);
      copy.setAttribute('x', String(x));
      copy.setAttribute('y', String(top + 4));
      copy.setAttribute('width', '22');
      copy.setAttribute('height', '12');
      parts.push(new XMLSerializer().serializeToString(copy));
    }
    parts.push(`<text x="${x + 28}" y="${top + 14.5}" font-size="${size}" fill="${color}">${escapeXml(label)}</text>`);
    x += w;
  }
  return { svg: parts.join(''), y: parts.length ? y + (row + 1) * rowHeight + 4 : y };
}

let measure: CanvasRenderingContext2D | null | undefined;
/** A label's width in the page's own font, with a margin so a label never runs into the next swatch. */
function labelWidth(text: string, size: number, font: string): number {
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return text.length * size;
  measure.font = `${size}px ${font}`;
  return measure.measureText(text).width * 1.1;
}

/**
 * The file's metadata as Inkscape and Creative Commons write it (RDF with Dublin Core): title, creator, sources
 * and the licence, so the credit travels with the file.
 */
function licenceMetadata(title: string, source: string, lang: Lang): string {
  return [
    '<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:cc="http://creativecommons.org/ns#"><cc:Work rdf:about="">',
    `<dc:title>${escapeXml(title)}</dc:title>`,
    `<dc:creator><cc:Agent><dc:title>${escapeXml(WORK_NAME[lang])}</dc:title></cc:Agent></dc:creator>`,
    `<dc:source>${escapeXml(source)}</dc:source>`,
    `<dc:rights>${escapeXml(attribution(lang))}</dc:rights>`,
    `<cc:license rdf:resource="${CONTENT_LICENCE.url}"/>`,
    '</cc:Work></rdf:RDF></metadata>',
  ].join('');
}

/**
 * The drawn chart `host` (a kc-* element) as a standalone SVG: title, subtitle, legend, the plot with its
 * computed colours and fonts written in, notes, source line and credit, on the chart's background; the licence
 * in its metadata.
 */
export function standaloneChartSvg(host: HTMLElement, text: ChartText, source: string): StandaloneSvg {
  const root = host.shadowRoot;
  const plotBox = root?.querySelector<HTMLElement>('.plot');
  const plot = plotBox?.querySelector<SVGSVGElement>(':scope > svg');
  if (!root || !plotBox || !plot) throw new Error('the chart has not been drawn');
  const hostStyle = getComputedStyle(host);
  const fg = getComputedStyle(root.querySelector('.title') ?? host).color;
  const muted = getComputedStyle(root.querySelector('figcaption') ?? host).color;
  const plotWidth = plotBox.offsetWidth;
  // The plot keeps the frame's aspect on screen; the file ends where its marks end (tiles and grids that fill
  // only the top of a wide plot leave no empty band above the notes).
  const vb = plot.viewBox.baseVal;
  const [vx, vy, vw, vh] = vb && vb.width > 0 ? [vb.x, vb.y, vb.width, vb.height] : [0, 0, plotWidth, plotBox.offsetHeight];
  const marks = plot.getBBox();
  const bottom = Math.min(vy + vh, Math.max(marks.y + marks.height + 6, vy + vh * 0.2));
  const plotHeight = Math.round(((bottom - vy) * plotWidth) / vw);
  const width = Math.round(plotWidth + 2 * PAD);
  const inner = width - 2 * PAD;

  const parts: string[] = [];
  let y = PAD - 4;
  const add = (block: { svg: string; y: number }, gap = 0): void => {
    parts.push(block.svg);
    y = block.y + gap;
  };
  add(textBlock(text.title, y, inner, { size: 20, color: fg, bold: true, lineHeight: 1.3 }), 2);
  if (text.subtitle) add(textBlock(text.subtitle, y, inner, { size: 14, color: muted }));
  add(legendBlock(root, y + 6, inner, fg, hostStyle.fontFamily), 4);

  const copy = cloneWithComputedStyles(plot);
  copy.setAttribute('x', String(PAD));
  copy.setAttribute('y', y.toFixed(1));
  copy.setAttribute('width', String(plotWidth));
  copy.setAttribute('height', String(plotHeight));
  copy.setAttribute('viewBox', `${vx} ${vy} ${vw} ${bottom - vy}`);
  copy.setAttribute('overflow', 'visible');
  copy.removeAttribute('aria-hidden');
  parts.push(new XMLSerializer().serializeToString(copy));
  y += plotHeight + 12;

  for (const note of text.notes) add(textBlock(note, y, inner, { size: 12.5, color: muted }), 2);
  const lang: Lang = host.getAttribute('lang') === 'en' ? 'en' : 'zh';
  add(textBlock(source, y, inner, { size: 12.5, color: muted }));
  add(textBlock(chartCredit(lang), y, inner, { size: 12.5, color: muted }));
  const height = Math.ceil(y + PAD - 4);

  const tag = lang === 'en' ? 'en' : 'zh-Hans';
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" lang="${tag}" xml:lang="${tag}"`,
    ` font-family="${escapeXml(hostStyle.fontFamily)}" style="font-variant-numeric:tabular-nums">`,
    `<title>${escapeXml(text.title)}</title><desc>${escapeXml(text.summary)}</desc>`,
    licenceMetadata(text.title, source, lang),
    `<rect width="100%" height="100%" fill="${hostStyle.backgroundColor}"/>`,
    ...parts,
    '</svg>',
  ].join('');
  return { svg, width, height };
}
