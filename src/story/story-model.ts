import type { ChartId } from '../charts/chart-tags';
import type { Lang } from '../data/types';

/** Story copy after parsing and token resolution: what every rendering of the story works from. */
export type CopyNode =
  | { type: 'text'; text: string }
  | { type: 'em' | 'strong'; children: CopyNode[] }
  | { type: 'link'; href: string; children: CopyNode[] }
  /** A number rendered from data; `cite` names its source and where in it. */
  | { type: 'figure'; text: string; value: number; cite: string };

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

export interface Story {
  id: string;
  lang: Lang;
  title: string;
  dek: Paragraph[];
  byline: string;
  /** ISO date */
  updated: string;
  steps: StoryStep[];
}
