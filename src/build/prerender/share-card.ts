import { themeStyles } from '../../elements/theme.ts';
import { textWidth } from '../../charts/kit/geometry/text-width.ts';
import { wrapText } from '../../charts/kit/geometry/wrap-text.ts';
import type { Lang } from '../../model/types.ts';
import { escapeHtml } from './escape-html.ts';

/** The share image's size: the 1.91 : 1 card Open Graph and Twitter's large card show. */
export const SHARE_SIZE = { width: 1200, height: 630 } as const;

/** The story page's light colours (src/styles/page-base.css) and the font the share image is set in. */
const PAGE = { bg: '#fbfbf8', fg: '#1d1d1f', muted: '#55555f', rule: '#dcdcd6', card: '#ffffff', accent: '#0a6a94' };
export const SHARE_FONT = 'Noto Sans CJK SC';

/** The theme's light value of each chart colour (`--_actual` → `#0a6a94`), read from the theme's own CSS. */
export function lightThemeColours(css: string = themeStyles.cssText): Record<string, string> {
  const colours: Record<string, string> = {};
  for (const m of css.matchAll(/--(_[\w-]+):\s*var\(--kc-[\w-]+,\s*light-dark\(\s*([^,\s]+)\s*,/g)) colours[m[1] ?? ''] = m[2] ?? '';
  return colours;
}

/**
 * A standalone chart SVG made for a rasteriser that reads no CSS custom properties (resvg): its <style> taken
 * out, each `var(--_name)` written as the theme's light value, text in the share image's font.
 */
export function resolvedChartSvg(svg: string, font = SHARE_FONT): string {
  const colours = lightThemeColours();
  const out = svg
    .replace(/<style>[^]*?<\/style>/g, '')
    .replace(/var\(--_font\)/g, `'${font}', sans-serif`)
    .replace(/var\(--(_[\w-]+)\)/g, (whole, name: string) => colours[name] ?? whole);
  const left = /var\(--[\w-]+\)/.exec(out);
  if (left) throw new Error(`share image: the chart uses ${left[0]}, which has no value in the theme`);
  return out;
}

export interface ShareCardInput {
  lang: Lang;
  /** The story's headline, plain text. */
  headline: string;
  /** The site's name, over the headline. */
  siteName: string;
  /** The chart's title, over the chart. */
  chartTitle: string;
  /** The chart as a standalone SVG (static-chart.ts), with its viewBox. */
  chartSvg: string;
  /** The line at the foot: byline and date, and the site's host. */
  footer: string;
  host: string;
}

/** Punctuation that stays with the word before it (closing) or after it (opening). */
const CLOSING = /^[，。、；：！？）》」』”’,.;:!?)\]]+$/u;
const OPENING = /[（《「『“‘([]$/u;

/**
 * The headline in lines of bold type at `size` no wider than `width`: broken between words (Chinese too, by
 * Intl.Segmenter, so 十三五 stays whole), punctuation kept with its word, and no last line of a word or two.
 */
export function headlineLines(text: string, lang: Lang, width: number, size: number): string[] {
  const words: string[] = [];
  let glue = false;
  for (const { segment } of new Intl.Segmenter(lang === 'zh' ? 'zh-Hans' : 'en', { granularity: 'word' }).segment(text)) {
    const last = words.length - 1;
    // A straight quote closes after a word, and opens after a space or at the start.
    const straight = segment === '"' || segment === "'";
    const closes = CLOSING.test(segment) || (straight && last >= 0 && !/\s$/u.test(words[last] ?? ''));
    if (last >= 0 && (glue || closes || (/^\s+$/u.test(segment) && lang !== 'zh'))) words[last] += segment;
    else words.push(segment);
    // An opening quote goes with the word after it; in Chinese, so does a number with its measure word (8项).
    glue = OPENING.test(segment) || (straight && !closes) || (lang === 'zh' && /^[\d.]+$/u.test(segment));
  }
  const fits = (line: string): boolean => textWidth(line.trim(), size, true) <= width;
  const lines: string[][] = [[]];
  for (const word of words) {
    const line = lines[lines.length - 1] ?? [];
    if (line.length && !fits(line.join('') + word)) lines.push([word]);
    else line.push(word);
  }
  // A short last line takes words from the one before while they fit.
  for (;;) {
    const last = lines[lines.length - 1] ?? [];
    const before = lines[lines.length - 2];
    if (!before || before.length < 2 || [...last.join('').trim()].length >= (lang === 'zh' ? 4 : 6)) break;
    const moved = [before[before.length - 1] ?? '', ...last];
    if (!fits(moved.join(''))) break;
    before.pop();
    lines[lines.length - 1] = moved;
  }
  return lines.map((line) => line.join('').trim());
}

const lineText = (lines: string[], x: number, y: number, size: number, lineHeight: number, attrs: string): string =>
  `<text x="${x}" y="${y}" font-size="${size}" ${attrs}>${lines
    .map((line, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : size * lineHeight}">${escapeHtml(line)}</tspan>`)
    .join('')}</text>`;

/**
 * The share image as SVG, 1200 × 630: the site's name and the story's headline in large type on the page's
 * colours, beside a card with one of the story's charts, and at the foot the byline, date and the site's host.
 */
export function shareCardSvg(input: ShareCardInput): string {
  const { width, height } = SHARE_SIZE;
  const pad = 64;
  const column = 540;
  // The headline takes the largest size at which it fits in five lines.
  let size = 50;
  let lines = headlineLines(input.headline, input.lang, column, size);
  while (lines.length > 5 && size > 34) {
    size -= 2;
    lines = headlineLines(input.headline, input.lang, column, size);
  }
  const lineHeight = 1.28;
  const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(input.chartSvg);
  const [vw, vh] = viewBox ? [Number(viewBox[1]), Number(viewBox[2])] : [400, 250];
  const card = { x: 616, y: 104, w: width - 616 - 48, h: 440 };
  // The headline's block centred beside the card (its first baseline 0.88 em below its top).
  const headlineTop = card.y + (card.h - ((lines.length - 1) * lineHeight + 1) * size) / 2 + 0.88 * size;
  const titleLines = wrapText(input.chartTitle, card.w - 48, 24, 2, true);
  const chartTop = card.y + 28 + titleLines.length * 32 + 8;
  const chartH = card.y + card.h - 20 - chartTop;
  const chartW = Math.min(card.w - 32, (chartH * vw) / vh);
  const chart = input.chartSvg.replace(/^\s*<svg\b[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const font = `font-family="'${SHARE_FONT}', sans-serif"`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="${PAGE.bg}"/>
<rect width="${width}" height="10" fill="${PAGE.accent}"/>
<g ${font}>
${lineText([input.siteName], pad, 84, 26, 1, `font-weight="700" fill="${PAGE.accent}"`)}
${lineText(lines, pad, headlineTop, size, lineHeight, `font-weight="700" fill="${PAGE.fg}"`)}
<rect x="${card.x}" y="${card.y}" width="${card.w}" height="${card.h}" rx="14" fill="${PAGE.card}" stroke="${PAGE.rule}" stroke-width="2"/>
${lineText(titleLines, card.x + 24, card.y + 44, 24, 1.33, `font-weight="700" fill="${PAGE.fg}"`)}
<svg x="${card.x + (card.w - chartW) / 2}" y="${chartTop}" width="${chartW}" height="${chartH}" viewBox="0 0 ${vw} ${vh}" preserveAspectRatio="xMidYMid meet">
<g fill="${PAGE.fg}">${chart}</g>
</svg>
<line x1="${pad}" y1="${height - 64}" x2="${width - 48}" y2="${height - 64}" stroke="${PAGE.rule}" stroke-width="2"/>
${lineText([input.footer], pad, height - 26, 22, 1, `fill="${PAGE.muted}"`)}
${lineText([input.host], width - 48, height - 26, 22, 1, `fill="${PAGE.muted}" text-anchor="end"`)}
</g>
</svg>
`;
}
