import { textWidth } from './text-width.ts';

/** Characters a line may not start with (closing punctuation) or end with (opening punctuation). */
const NO_START = new Set([...'，。、；：！？）》」』”’%‰,.;:!?)]']);
const NO_END = new Set([...'（《「『“‘([']);

/** Splits text into unbreakable pieces: a Latin word with its trailing space, or a single CJK character. */
function tokens(text: string): string[] {
  const out: string[] = [];
  const re = /[A-Za-z0-9$€£¥.,:;!?%‰'’"“”()[\]\-–/+×÷²~<>=≥≤&*#@^_]+\s*|\s+|./gu;
  for (const match of text.matchAll(re)) {
    const piece = match[0];
    const last = out[out.length - 1];
    if (last !== undefined && (NO_START.has(piece[0] ?? '') || NO_END.has(last[last.length - 1] ?? ''))) {
      out[out.length - 1] = last + piece;
    } else {
      out.push(piece);
    }
  }
  return out;
}

/**
 * Breaks text into lines no wider than maxWidth at fontSize (a piece wider than a line stays whole).
 * With maxLines, the last kept line ends in an ellipsis when text was cut.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of tokens(text)) {
    const next = line + piece;
    if (line && textWidth(next.trimEnd(), fontSize, bold) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  let last = kept[kept.length - 1] ?? '';
  while (last.length > 1 && textWidth(`${last}…`, fontSize, bold) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[kept.length - 1] = `${last.trimEnd()}…`;
  return kept;
}
