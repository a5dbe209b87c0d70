import type { ChartId } from '../../charts/kit/registry.ts';
import type { Lang, Quote } from '../../model/types.ts';

/** Story copy after parsing and token resolution: what every rendering of the story works from. */
export type CopyNode =
  | { type: 'text'; text: string }
  | { type: 'em' | 'strong'; children: CopyNode[] }
  | { type: 'link'; href: string; children: CopyNode[] }
  /** A number rendered from data; `cite` names its source and where in it, `receipt` shows it. */
  | { type: 'figure'; text: string; value: number; cite: string; receipt: Receipt };

/** What a figure's receipt shows the reader: how it was computed, if it was, and the source lines behind it. */
export interface Receipt {
  /** For a number no source states: how it was computed from the numbers below, in the story's language. */
  how?: string;
  lines: ReceiptLine[];
}

/** One place in one source: a figure's own, or one of the inputs of a computed figure. */
export interface ReceiptLine {
  /** id of the source in data/sources.json */
  source: string;
  locator: string;
  quote?: Quote;
  /** The texts in `quote.zh` that print the figure (or the numbers it was computed from), to be marked. */
  marks: string[];
}

/** A paragraph of copy. */
export type Paragraph = CopyNode[];

export interface StoryStep {
  id: string;
  /** Heading of the chapter this step opens, if it opens one. */
  chapter?: string;
  chart: ChartId;
  view: string;
  text: Paragraph[];
  /** Alternative text for the chart in this step, plain. */
  alt?: string;
  /** Teacher's note: hidden from readers. */
  note?: Paragraph[];
  /** Discussion questions for the class, one paragraph each: only on a step that opens a chapter. Hidden from readers. */
  questions?: Paragraph[];
}

/** An entry of the story's corrections log: `correction` fixes an error, `update` reports new material. */
export type CorrectionKind = 'correction' | 'update';

export interface Correction {
  /** ISO date the entry was made. */
  date: string;
  kind: CorrectionKind;
  /** One paragraph, with its numbers rendered from data as in the steps. */
  text: Paragraph;
}

export interface Story {
  id: string;
  lang: Lang;
  title: string;
  dek: Paragraph[];
  byline: string;
  /** ISO date: the later of the story file's `updated` and its newest correction. */
  updated: string;
  steps: StoryStep[];
  /** The corrections log, newest first (the order of the story file, which the build checks); may be empty. */
  corrections: Correction[];
}
