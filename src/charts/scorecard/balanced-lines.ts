import { textWidth } from '../kit/geometry/text-width.ts';

const SOFT_HYPHEN = '\u00ad';

/** A piece of a label and what joins it to the next: a space, nothing, or a soft hyphen (a "-" when broken there). */
interface Piece {
  text: string;
  join: ' ' | '' | '-';
}

/** Text with Latin letters breaks at spaces and soft hyphens; Chinese between any two characters. */
function pieces(label: string): Piece[] {
  const text = label.trim();
  if (!/[A-Za-z]/.test(text)) return Array.from(text, (ch) => ({ text: ch, join: '' }));
  return text.split(/\s+/).flatMap((word, w, words) => {
    const parts = word.split(SOFT_HYPHEN);
    return parts.map((part, p): Piece => ({ text: part, join: p < parts.length - 1 ? '-' : w < words.length - 1 ? ' ' : '' }));
  });
}

function line(run: Piece[]): string {
  const body = run.map((p, i) => (i < run.length - 1 ? `${p.text}${p.join === '-' ? '' : p.join}` : p.text)).join('');
  return run[run.length - 1]?.join === '-' ? `${body}-` : body;
}

/** Every way to cut `list` into `k` non-empty runs, in order. */
function cuts(list: Piece[], k: number): Piece[][][] {
  if (k === 1) return [[list]];
  const out: Piece[][][] = [];
  for (let i = 1; i <= list.length - k + 1; i += 1) {
    for (const rest of cuts(list.slice(i), k - 1)) out.push([list.slice(0, i), ...rest]);
  }
  return out;
}

/**
 * A short label (a group name) in at most `maxLines` lines, broken where its widest line is narrowest: text
 * with Latin letters at spaces and soft hyphens (U+00AD, shown as "-" where the line breaks), Chinese between
 * characters ("治理现代化" → "治理" / "现代化"). Fewer lines win a tie.
 */
export function balancedLines(label: string, maxLines: number, size: number, bold = false): string[] {
  const all = pieces(label);
  let best = [line(all)];
  let bestWidth = textWidth(best[0] ?? '', size, bold);
  for (let k = 2; k <= Math.min(maxLines, all.length, 4); k += 1) {
    for (const cut of cuts(all, k)) {
      const lines = cut.map(line);
      const width = Math.max(...lines.map((l) => textWidth(l, size, bold)));
      if (width < bestWidth - 0.01) {
        best = lines;
        bestWidth = width;
      }
    }
  }
  return best;
}
