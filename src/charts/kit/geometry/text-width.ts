import { BOLD_WIDTH } from './font-metrics.ts';

/**
 * Estimated advance widths in em of a sans-serif UI font (system-ui, PingFang SC, Noto Sans CJK SC).
 * Layouts run without a DOM, so they cannot measure text; these estimates err on the wide side so a
 * label judged to fit does fit.
 */
const NARROW = new Set([..."ijlI|.,:;!'`"]);
const SEMI = new Set([...'ftr()[]{}-/ "']);
const WIDE = new Set([...'mwMW%@&']);

function isFullWidth(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) || // CJK radicals … unified ideographs, incl. punctuation and kana
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    code === 0x2014 || // — em dash, full width in CJK fonts
    code === 0x2026 || // …
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2192 || // →
    code === 0x2030 || // ‰
    code === 0x2713 || // ✓
    code === 0x2717 // ✗
  );
}

function charEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (isFullWidth(code)) return 1;
  if (ch >= '0' && ch <= '9') return 0.58;
  if (NARROW.has(ch)) return 0.3;
  if (SEMI.has(ch)) return 0.38;
  if (WIDE.has(ch)) return 0.88;
  if (ch >= 'A' && ch <= 'Z') return 0.68;
  return 0.56;
}

/** Estimated width in px of `text` set at `fontSize` px; bold text is BOLD_WIDTH wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize * (bold ? BOLD_WIDTH : 1);
}
