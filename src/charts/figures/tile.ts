import type { Figure, Lang } from '../../model/types.ts';
import { boundPrefix, formatMarkValue } from '../../model/format.ts';
import { boundedValue } from '../../model/bounded-value.ts';
import { kindWord } from '../../model/i18n/kind-word.ts';
import { CAP_HEIGHT } from '../kit/geometry/font-metrics.ts';
import { textWidth } from '../kit/geometry/text-width.ts';
import type { TextMark } from '../kit/geometry/text-mark.ts';
import { wrapText } from '../kit/geometry/wrap-text.ts';
import { KIND_COLOR } from '../kit/marks/kinds.ts';
import type { FigureTile } from './model.ts';
import { FIGURE_SHORT_LABELS, LATEST_COPY } from './copy.ts';

const TAG = 12;
const LABEL = 13;
const LEADING = 1.3;

/** The value split for display: the bound in words, the number set large, the unit after it. */
export function valueParts(figure: Figure, lang: Lang): { prefix: string; number: string; unit: string } {
  const formatted = formatMarkValue(figure.value, figure.unit, lang);
  const space = formatted.indexOf(' ');
  const number = space < 0 ? formatted : formatted.slice(0, space);
  const unit = space < 0 ? '' : formatted.slice(space + 1);
  return { prefix: boundPrefix(figure.bound, lang).trim(), number, unit };
}

const small = (big: number) => Math.max(13, Math.round(big * 0.42));

/** Display numbers are set so large that a small error in the width estimate shows: allow 8 % more. */
const numberWidth = (text: string, size: number) => textWidth(text, size, true) * 1.08;

/** Signs for a bound when its words do not fit a narrow tile: ≥ for "at least", ≤ "at most", > "more than", < "below". */
const BOUND_SIGN: Record<string, string> = {
  不低于: '≥',
  'at least': '≥',
  不超过: '≤',
  'at most': '≤',
  超过: '>',
  'more than': '>',
  低于: '<',
  below: '<',
};

/**
 * The value row at the largest size ≤ max that fits the width (bound words, number, unit on one baseline);
 * on narrow tiles the bound and unit drop to 12 px, and then the bound to its sign.
 */
function valueRow(
  parts: ReturnType<typeof valueParts>,
  x: number,
  baseline: number,
  width: number,
  max: number,
): { texts: TextMark[]; big: number } {
  const fits = (prefix: string, b: number, side: number) =>
    (prefix ? textWidth(prefix, side) + 5 : 0) + numberWidth(parts.number, b) + (parts.unit ? 5 + textWidth(parts.unit, side) : 0) <= width;
  let big = max;
  while (big > 14 && !fits(parts.prefix, big, small(big))) big -= 1;
  let prefix = parts.prefix;
  let sideSize = small(big);
  if (!fits(prefix, big, sideSize)) sideSize = 12;
  if (!fits(prefix, big, sideSize)) prefix = BOUND_SIGN[prefix] ?? prefix;
  const texts: TextMark[] = [];
  let cursor = x;
  const piece = (text: string, size: number, bold: boolean, tone: string) => {
    texts.push({ k: '', x: cursor, y: baseline, text, size, bold, tone });
    cursor += (bold ? numberWidth(text, size) : textWidth(text, size)) + 5;
  };
  if (prefix) piece(prefix, sideSize, false, 'muted');
  piece(parts.number, big, true, 'fg');
  if (parts.unit) piece(parts.unit, sideSize, false, 'fg');
  return { texts, big };
}

/** The line under a target saying where its indicator last stood. */
export function latestLine(latest: Figure, lang: Lang): string {
  return LATEST_COPY.line[lang]({
    label: latest.label[lang],
    value: boundedValue(latest.value, latest.unit, latest.bound, lang, formatMarkValue),
    year: latest.year,
    kind: latest.kind,
  });
}

/**
 * A tile's text in its own coordinates. Roomy tiles: the kind and year on top, the value large, the label
 * wrapped below. Short tiles: the kind marker beside the value, a smaller label with the year after it. A
 * `latest` figure (where the indicator last stood) takes the tile's last line, in its kind's colour.
 */
export function layoutTile(
  figure: Figure,
  k: string,
  x: number,
  y: number,
  width: number,
  height: number,
  lang: Lang,
  latest?: Figure,
): FigureTile {
  // The latest figure takes up to two lines at the tile's foot, when the value and label still fit above them.
  if (latest) {
    const pad = Math.min(12, Math.max(8, height * 0.1));
    const lines = wrapText(latestLine(latest, lang), width - 2 * pad - 14, LATEST, 2);
    const foot = Math.round(lines.length * LATEST * LEADING) + 2;
    if (height - foot >= MIN_BODY) {
      const body = tileBody(figure, width, height - foot, lang);
      const first = height - pad + 2 - (lines.length - 1) * LATEST * LEADING;
      lines.forEach((text, i) => {
        body.texts.push({
          k: '',
          x: pad + 14,
          y: first + i * LATEST * LEADING,
          text,
          size: LATEST,
          bold: true,
          tone: KIND_COLOR[latest.kind],
        });
      });
      const latestMarker = { cx: pad + 5, cy: first - LATEST * 0.35, kind: latest.kind };
      return { k, x, y, width, height, kind: figure.kind, color: KIND_COLOR[figure.kind], ...body, latestMarker };
    }
  }
  const body = tileBody(figure, width, height, lang);
  return { k, x, y, width, height, kind: figure.kind, color: KIND_COLOR[figure.kind], ...body };
}

const LATEST = 12;
/** The least height a tile's value and label need (a compact tile's, one line of label). */
export const MIN_BODY = 40;

function tileBody(figure: Figure, width: number, height: number, lang: Lang): TileBody {
  const pad = Math.min(12, Math.max(8, height * 0.1));
  const maxBig = Math.max(18, Math.min(46, height * 0.28));
  // Roomy only when two lines of label fit under the tag and the value.
  const roomy = height >= pad * 2 + TAG + 6 + maxBig + 8 + 2 * LABEL * LEADING;
  return roomy ? roomyTile(figure, width, height, pad, maxBig, lang) : compactTile(figure, width, height, pad, maxBig, lang);
}

type TileBody = Pick<FigureTile, 'marker' | 'texts'>;

/**
 * A label's lines: the first of `texts` that fits in `lines` lines whole (wrapText ends a cut line with "…"); the
 * last, cut, if none fits.
 */
function firstWhole(texts: string[], width: number, size: number, lines: number): string[] {
  const tries = texts.map((text) => wrapText(text, width, size, lines));
  return tries.find((t) => !t.some((line) => line.endsWith('…'))) ?? tries.at(-1) ?? [];
}

/** A figure's own label, then its short name for a small tile (the summary and the data table keep the label). */
const labels = (figure: Figure, lang: Lang): string[] => {
  const short = FIGURE_SHORT_LABELS[figure.id]?.[lang];
  return [figure.label[lang], ...(short ? [short] : [])];
};

function roomyTile(figure: Figure, width: number, height: number, pad: number, big: number, lang: Lang): TileBody {
  const inner = width - 2 * pad;
  const tagY = pad + 2 + TAG * CAP_HEIGHT;
  const tag = `${kindWord(figure.kind, lang)} · ${figure.year}`;
  const texts: TextMark[] = [{ k: '', x: pad + 14, y: tagY, text: tag, size: TAG, bold: true, tone: KIND_COLOR[figure.kind] }];
  const baseline = tagY + 8 + big * CAP_HEIGHT;
  texts.push(...valueRow(valueParts(figure, lang), pad, baseline, inner, big).texts);
  const labelTop = baseline + 10;
  const room = Math.max(1, Math.floor((height - pad - labelTop) / (LABEL * LEADING)));
  firstWhole(labels(figure, lang), inner, LABEL, room).forEach((text, i) => {
    texts.push({ k: '', x: pad, y: labelTop + LABEL + LABEL * LEADING * i, text, size: LABEL });
  });
  return { marker: { cx: pad + 5, cy: tagY - TAG * 0.35 }, texts };
}

const SMALL_LABEL = 12;
const SMALL_LINE = 15;

function compactTile(figure: Figure, width: number, height: number, pad: number, maxBig: number, lang: Lang): TileBody {
  const inner = width - 2 * pad;
  const top = Math.min(pad, 7);
  // Two lines of label when the value can still be set at 18 px or more.
  const twoLines = height - 2 * top - 2 * SMALL_LINE - 2 >= 18;
  const big = Math.max(16, Math.min(maxBig, height - 2 * top - (twoLines ? 2 : 1) * SMALL_LINE - 2));
  const baseline = top + big * CAP_HEIGHT;
  const texts = valueRow(valueParts(figure, lang), pad + 14, baseline, inner - 14, big).texts;
  // The year goes last of all: the label says what the number is.
  const withYear = labels(figure, lang).map((label) => `${label} · ${figure.year}`);
  firstWhole([...withYear, ...labels(figure, lang).slice(1)], inner, SMALL_LABEL, twoLines ? 2 : 1).forEach((text, i) => {
    texts.push({ k: '', x: pad, y: baseline + 6 + SMALL_LABEL + SMALL_LINE * i, text, size: SMALL_LABEL });
  });
  return { marker: { cx: pad + 5, cy: baseline - big * 0.3 }, texts };
}
