import { holdsBreak, lineParts, runBoundaries } from '../../model/line-breaks.ts';
import type { Lang } from '../../model/types.ts';
import type { CopyNode } from '../story/story-model.ts';
import { escapeHtml } from './escape-html.ts';

/** A break opportunity: where a line of text set with `word-break: keep-all` may break. */
const WBR = '<wbr>';
const held = (escaped: string): string => `<span class="nobr">${escaped}</span>`;

/**
 * A heading's text as HTML: its runs (model/line-breaks.ts) escaped, a <wbr> between them, a run a browser
 * would break inside (a space, a dash) held on one line. The markup is ours; every piece of text is escaped.
 */
export function lineRunsHtml(text: string, lang: Lang): string {
  return lineParts(text, lang)
    .map(
      (part) => `${part.hold ? held(escapeHtml(part.word)) : escapeHtml(part.word)}${escapeHtml(part.space)}${part.breakAfter ? WBR : ''}`,
    )
    .join('');
}

/** The text of copy as a reader sees it, figures included: what the runs of a paragraph are found in. */
const plainText = (nodes: CopyNode[]): string =>
  nodes.map((node) => (node.type === 'text' || node.type === 'figure' ? node.text : plainText(node.children))).join('');

/**
 * Where a paragraph of copy may break, found over its whole text (a run may go from plain text into a figure or an
 * emphasis): the offsets where runs start, those that take a <wbr> (no space before them to break at), and the
 * runs a browser would break inside, as "start:end" of their words, to hold on one line.
 */
export interface CopyBreaks {
  starts: Set<number>;
  wbr: Set<number>;
  held: Set<string>;
}

export function copyBreaks(nodes: CopyNode[], lang: Lang): CopyBreaks {
  const text = plainText(nodes);
  const boundaries = runBoundaries(text, lang);
  const cuts = [0, ...boundaries, text.length];
  const held = new Set<string>();
  cuts.slice(1).forEach((end, i) => {
    const start = cuts[i] ?? 0;
    const word = text.slice(start, end).trimEnd();
    if (holdsBreak(word)) held.add(`${start}:${start + word.length}`);
  });
  return { starts: new Set(boundaries), wbr: new Set(boundaries.filter((at) => !/\s/u.test(text[at - 1] ?? ''))), held };
}

/**
 * A plain text node of copy starting at `offset` in its paragraph, as HTML: escaped, a <wbr> at each break in it
 * (and at its start), a whole run that must stay on one line held in a span.
 */
export function brokenTextHtml(text: string, offset: number, breaks: CopyBreaks): string {
  const cuts = [0];
  for (let i = 1; i < text.length; i++) if (breaks.starts.has(offset + i)) cuts.push(i);
  cuts.push(text.length);
  return cuts
    .slice(1)
    .map((end, i) => {
      const start = offset + (cuts[i] ?? 0);
      const piece = text.slice(cuts[i], end);
      const word = piece.trimEnd();
      const body = breaks.held.has(`${start}:${start + word.length}`)
        ? held(escapeHtml(word)) + escapeHtml(piece.slice(word.length))
        : escapeHtml(piece);
      return (breaks.wbr.has(start) ? WBR : '') + body;
    })
    .join('');
}
