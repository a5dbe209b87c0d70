import type { Lang } from './types.ts';

/**
 * Where a line of copy may break. Browsers break Chinese between any two characters (中心城/区, 年均增/长) and
 * English after a dash inside a year range (2016–/2020). Set with `word-break: keep-all`, a text breaks only where
 * its renderer puts a break opportunity: between the runs this module returns. A run is a word as
 * `Intl.Segmenter` finds it, joined with what must stay on its line: a year range, a number and its unit,
 * punctuation and the word it follows (or, opening, precedes).
 */

/** No line starts with these: closing punctuation, dashes, and the signs that follow a number. */
const CLOSING = new Set('，。、：；！？）》」』】〕〉”’…·%％‰,.;:!?)]}»›—–-‐‑~～');
/** No line ends with these: opening brackets and quotation marks. */
const OPENING = new Set('（《「『【〔〈“‘([{«‹');
/** Chinese and Japanese characters and punctuation: a break may fall between two words without a space. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
const SINGLE_HAN = /^\p{Script=Han}$/u;

const NUMBER = String.raw`\d[\d.,，]*`;
/** Units that follow a number, longest first ("个百分点" before "个"); English ones are whole words. */
const UNITS = [
  '个百分点',
  '百分点',
  '平方公里',
  '亿元',
  '万元',
  '万人',
  '公里',
  '亿',
  '万',
  '千',
  '元',
  '个',
  '项',
  '年',
  '月',
  '日',
  '倍',
  '人',
  '户',
  '村',
  '岁',
  '次',
  '家',
  '名',
  '亩',
  '吨',
  '%',
  '％',
  String.raw`(?:billion|million|thousand)(?:\s+yuan)?(?![\p{L}])`,
  String.raw`percentage\s+points?(?![\p{L}])`,
  String.raw`(?:yuan|percent|points?|km)(?![\p{L}])`,
].join('|');

/**
 * Stretches of text no line may break inside, beyond single words: a year range ("2016–2020", "2016—2020 年"),
 * a number and its unit ("236 亿元", "4.9 个百分点", "58.7 billion yuan"), a short bracketed or quoted phrase
 * ("“十三五”", "（可比价）"), and names and terms the segmenter's dictionary splits (柯|城区, 人|均可|支配).
 */
const NUMBER_AND_UNIT = new RegExp(String.raw`${NUMBER}\s?(?:${UNITS})`, 'giu');
const KEEP_TOGETHER = [
  new RegExp(String.raw`${NUMBER}\s*[-‐‑–—~～]+\s*${NUMBER}`, 'gu'),
  NUMBER_AND_UNIT,
  /[“‘《「（(][^“‘《「（(”’》」）)\s]{1,5}[”’》」）)]/gu,
  /柯城区|柯城|衢州市|衢州|航埠|余东|十三五|十四五|十五五|年均|人均可支配收入|地区生产总值|增加值|可比价|当年价/gu,
];

interface Segment {
  text: string;
  start: number;
}

const segmenters = new Map<Lang, { segment(text: string): Iterable<{ segment: string; index: number }> }>();

/**
 * The words of `text`. A text with no Chinese or Japanese character breaks only after its spaces, wherever its
 * words end (runBoundaries), so it is split without the dictionary: `Intl.Segmenter`'s first use costs a phone
 * about 60 ms (issue 13). Without `Intl.Segmenter` (an old browser), each Chinese character is a word.
 */
function segments(text: string, lang: Lang, dictionary = CJK.test(text)): Segment[] {
  if (!dictionary || typeof Intl.Segmenter !== 'function') {
    return [...text.matchAll(/\s+|\p{Script=Han}|[\p{L}\p{M}\p{N}]+|./gsu)].map((m) => ({ text: m[0], start: m.index }));
  }
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  return [...segmenter.segment(text)].map((s) => ({ text: s.segment, start: s.index }));
}

const isSpace = (text: string): boolean => /^\s+$/u.test(text);

/**
 * Whether a line may break between two neighbouring words, `a` then `b`, as words alone (before keeping stretches
 * whole). Characters the segmenter leaves alone stay together (两|区 → 两区), but not past a number's unit.
 */
function mayBreakBetween(a: string, b: string, afterUnit: boolean): boolean {
  if (isSpace(b)) return false;
  if (CLOSING.has(b[0] ?? '') || OPENING.has(a.at(-1) ?? '')) return false;
  if (SINGLE_HAN.test(a) && SINGLE_HAN.test(b) && !afterUnit) return false;
  return isSpace(a) || CJK.test(a) || CJK.test(b);
}

/**
 * The offsets in `text` where one run ends and the next begins, in order. (`dictionary` forces the choice of
 * segmenter, for the test that both agree on text without Chinese.)
 */
export function runBoundaries(text: string, lang: Lang, dictionary?: boolean): number[] {
  const words = segments(text, lang, dictionary);
  const kept = new Set<number>();
  for (const pattern of KEEP_TOGETHER) {
    for (const match of text.matchAll(pattern)) {
      for (let i = match.index + 1; i < match.index + match[0].length; i++) kept.add(i);
    }
  }
  const unitEnds = new Set([...text.matchAll(NUMBER_AND_UNIT)].map((match) => match.index + match[0].length));
  const boundaries: number[] = [];
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1];
    const b = words[i];
    if (a && b && !kept.has(b.start) && mayBreakBetween(a.text, b.text, unitEnds.has(b.start))) boundaries.push(b.start);
  }
  return boundaries;
}

/**
 * `text` as runs no line may break inside: a line breaks only between two runs. Joined, the runs are `text`;
 * a space between two words ends the run before it.
 */
export function lineRuns(text: string, lang: Lang): string[] {
  const cuts = [0, ...runBoundaries(text, lang), text.length];
  return cuts.slice(1).map((end, i) => text.slice(cuts[i], end));
}

/** One run as a renderer draws it: its word, whether a browser could break inside it, the space after it. */
export interface LinePart {
  word: string;
  /** A space or a dash inside the word, where browsers break even under `word-break: keep-all`: hold it on one line. */
  hold: boolean;
  /** The white space that ends the run ("" in Chinese). */
  space: string;
  /** Whether to add a break opportunity after the run: between runs with no space to break at. */
  breakAfter: boolean;
}

/** Whether a browser may break a line inside `word` though `word-break: keep-all` is set: at a space, after a dash. */
export const holdsBreak = (word: string): boolean => /\s|[-‐‑–—~～/]\S/u.test(word);

/** Parts already found, by language and text: a chart's frame draws the same titles and notes at every render. */
const partsFound = new Map<string, readonly LinePart[]>();
const PARTS_KEPT = 2000;

/** The runs of `text` (lineRuns) as parts to draw (the same array for the same text: do not change it). */
export function lineParts(text: string, lang: Lang): readonly LinePart[] {
  const key = `${lang} ${text}`;
  const found = partsFound.get(key);
  if (found) return found;
  const runs = lineRuns(text, lang);
  const parts = runs.map((run, i) => {
    const word = run.trimEnd();
    const space = run.slice(word.length);
    return { word, hold: holdsBreak(word), space, breakAfter: i < runs.length - 1 && !space };
  });
  if (partsFound.size >= PARTS_KEPT) partsFound.clear();
  partsFound.set(key, parts);
  return parts;
}
