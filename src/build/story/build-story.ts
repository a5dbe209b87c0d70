import { CHART_VIEWS, isChartId } from '../../charts/kit/registry.ts';
import type { DataBundle, Lang, SourceRef } from '../../model/types.ts';
import { InlineError, parseInline, type InlineNode } from './inline.ts';
import { StoryError } from './story-error.ts';
import type { CopyNode, Correction, CorrectionKind, Paragraph, Receipt, ReceiptLine, Story, StoryStep } from './story-model.ts';
import { resolveToken, TokenError, type ResolvedToken } from './tokens.ts';
import { DERIVED_LOCATOR } from '../data/quotes.ts';

const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STEP_FIELDS = new Set(['id', 'chapter', 'chart', 'view', 'text', 'alt', 'note', 'questions']);
const CORRECTION_FIELDS = new Set(['date', 'kind', 'text']);
const CORRECTION_KINDS: readonly CorrectionKind[] = ['correction', 'update'];

/**
 * Turns a parsed ArchieML story (unknown shape) into a typed Story: every field checked, copy parsed,
 * data tokens resolved for the language. Any problem throws a StoryError naming the file and field.
 */
export function buildStory(raw: unknown, file: string, id: string, lang: Lang, data: DataBundle): Story {
  const fail = (path: string, problem: string): never => {
    throw new StoryError(file, path, problem);
  };
  if (!isRecord(raw)) return fail('(root)', 'expected key: value lines');
  const copy = (value: unknown, path: string): Paragraph[] => {
    if (typeof value !== 'string' || !value.trim()) return fail(path, `expected text, got ${describe(value)}`);
    return value
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s*\n\s*/g, lang === 'zh' ? '' : ' ').trim())
      .filter(Boolean)
      .map((p) => resolveCopy(p, path, lang, data, fail));
  };
  const plain = (value: unknown, path: string): string => copy(value, path).map(plainText).join(' ');
  const str = (value: unknown, path: string): string => {
    if (typeof value !== 'string' || !value.trim()) return fail(path, `expected text, got ${describe(value)}`);
    return value.trim();
  };

  const date = (value: unknown, path: string): string => {
    const text = typeof value === 'string' ? value.trim() : value;
    if (typeof text !== 'string' || !isIsoDate(text)) return fail(path, `expected a date YYYY-MM-DD, got ${describe(value)}`);
    return text;
  };

  const updated = date(raw.updated, 'updated');
  if (!Array.isArray(raw.steps) || raw.steps.length === 0) fail('steps', 'expected a [steps] list with at least one step');
  const rawSteps = raw.steps as unknown[];

  const seen = new Set<string>();
  const steps = rawSteps.map((rawStep, i): StoryStep => {
    const at = `steps[${i}]`;
    if (!isRecord(rawStep)) return fail(at, 'expected a step with id, chart, view and text');
    for (const key of Object.keys(rawStep)) {
      if (!STEP_FIELDS.has(key)) fail(`${at}.${key}`, `unknown field (allowed: ${[...STEP_FIELDS].join(', ')})`);
    }
    const stepId = str(rawStep.id, `${at}.id`);
    if (!STEP_ID.test(stepId)) fail(`${at}.id`, `"${stepId}" must be lower-case words joined by hyphens`);
    if (seen.has(stepId)) fail(`${at}.id`, `duplicate step id "${stepId}"`);
    seen.add(stepId);
    const chart = str(rawStep.chart, `${at}.chart`);
    if (!isChartId(chart)) return fail(`${at}.chart`, `unknown chart "${chart}" (known: ${Object.keys(CHART_VIEWS).join(', ')})`);
    const view = str(rawStep.view, `${at}.view`);
    const views = CHART_VIEWS[chart];
    if (!views.includes(view)) fail(`${at}.view`, `unknown view "${view}" for chart ${chart} (known: ${views.join(', ')})`);
    const step: StoryStep = { id: stepId, chart, view, text: copy(rawStep.text, `${at}.text`) };
    if (rawStep.chapter !== undefined) step.chapter = plain(rawStep.chapter, `${at}.chapter`);
    if (rawStep.alt !== undefined) step.alt = plain(rawStep.alt, `${at}.alt`);
    if (rawStep.note !== undefined) step.note = copy(rawStep.note, `${at}.note`);
    if (rawStep.questions !== undefined) {
      const path = `${at}.questions`;
      if (step.chapter === undefined)
        fail(path, 'discussion questions belong on the step that opens a chapter, and this step has no chapter');
      if (!Array.isArray(rawStep.questions) || rawStep.questions.length === 0) {
        fail(path, `expected a [.questions] list of "* question" lines, got ${describe(rawStep.questions)}`);
      }
      // A question may run over several lines; it is one paragraph, whatever its line breaks.
      step.questions = (rawStep.questions as unknown[]).map((q, k) => copy(q, `${path}[${k}]`).flat());
    }
    return step;
  });

  const corrections = correctionsOf(raw.corrections, copy, date, fail);
  const newest = corrections[0]?.date;

  return {
    id,
    lang,
    title: plain(raw.title, 'title'),
    dek: copy(raw.dek, 'dek'),
    byline: plain(raw.byline, 'byline'),
    updated: newest !== undefined && newest > updated ? newest : updated,
    steps,
    corrections,
  };
}

/**
 * The `[corrections]` list of a story file (optional): entries of `date`, `kind` and one paragraph of `text`,
 * newest first, as the page shows them. The text is copy like a step's: the same markup, the same data tokens.
 */
function correctionsOf(
  raw: unknown,
  copy: (value: unknown, path: string) => Paragraph[],
  date: (value: unknown, path: string) => string,
  fail: (path: string, problem: string) => never,
): Correction[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw))
    return fail('corrections', `expected a [corrections] list of entries with date, kind and text, got ${describe(raw)}`);
  const entries: Correction[] = [];
  raw.forEach((entry: unknown, i) => {
    const at = `corrections[${i}]`;
    if (!isRecord(entry)) return fail(at, `expected an entry with date, kind and text, got ${describe(entry)}`);
    for (const key of Object.keys(entry)) {
      if (!CORRECTION_FIELDS.has(key)) fail(`${at}.${key}`, `unknown field (allowed: ${[...CORRECTION_FIELDS].join(', ')})`);
    }
    const when = date(entry.date, `${at}.date`);
    const before = entries[i - 1]?.date;
    if (before !== undefined && when > before) {
      fail(`${at}.date`, `${when} is newer than ${before} of corrections[${i - 1}]: the log lists the newest entry first`);
    }
    const kind = typeof entry.kind === 'string' ? entry.kind.trim() : '';
    if (!isCorrectionKind(kind)) {
      return fail(`${at}.kind`, `expected ${CORRECTION_KINDS.map((k) => `"${k}"`).join(' or ')}, got ${describe(entry.kind)}`);
    }
    const text = copy(entry.text, `${at}.text`);
    if (text.length !== 1 || !text[0]) return fail(`${at}.text`, `expected one paragraph, got ${text.length}`);
    entries.push({ date: when, kind, text: text[0] });
  });
  return entries;
}

const isCorrectionKind = (kind: string): kind is CorrectionKind => (CORRECTION_KINDS as readonly string[]).includes(kind);

/** The same corrections log in every language: as many entries, with the same dates and kinds, in the same order. */
export function checkSameCorrections(reference: Story, other: Story, file: string): void {
  other.corrections.forEach((entry, i) => {
    const expected = reference.corrections[i];
    const at = `corrections[${i}]`;
    if (!expected) throw new StoryError(file, at, `${entry.kind} of ${entry.date} has no counterpart in the ${reference.lang} story`);
    if (expected.date !== entry.date)
      throw new StoryError(file, `${at}.date`, `${entry.date} differs from ${expected.date} of the ${reference.lang} story`);
    if (expected.kind !== entry.kind)
      throw new StoryError(file, `${at}.kind`, `"${entry.kind}" differs from "${expected.kind}" of the ${reference.lang} story`);
  });
  const [want, got] = [reference.corrections.length, other.corrections.length];
  if (want !== got) {
    const count = (n: number): string => `${n} ${n === 1 ? 'entry' : 'entries'}`;
    throw new StoryError(file, 'corrections', `${count(got)}, but the ${reference.lang} story has ${count(want)}`);
  }
}

/** A calendar date written YYYY-MM-DD: 2026-02-30 is not one. */
function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** The same steps in the same order in every language, so a step link works in both. */
export function checkSameSteps(reference: Story, other: Story, file: string): void {
  other.steps.forEach((step, i) => {
    const expected = reference.steps[i];
    if (!expected) throw new StoryError(file, `steps[${i}].id`, `"${step.id}" has no counterpart in the ${reference.lang} story`);
    if (expected.id !== step.id) {
      throw new StoryError(file, `steps[${i}].id`, `"${step.id}" does not match "${expected.id}" of the ${reference.lang} story`);
    }
    if (expected.chart !== step.chart || expected.view !== step.view) {
      throw new StoryError(
        file,
        `steps[${i}].view`,
        `chart/view ${step.chart}/${step.view} differ from ${expected.chart}/${expected.view} of the ${reference.lang} story`,
      );
    }
    const want = expected.questions?.length ?? 0;
    const got = step.questions?.length ?? 0;
    if (want !== got) {
      const count = (n: number): string => `${n} discussion question${n === 1 ? '' : 's'}`;
      throw new StoryError(
        file,
        `steps[${i}].questions`,
        `${count(got)}, but the ${reference.lang} story has ${count(want)} on step "${expected.id}"`,
      );
    }
  });
  if (reference.steps.length !== other.steps.length) {
    throw new StoryError(file, 'steps', `${other.steps.length} steps, but the ${reference.lang} story has ${reference.steps.length}`);
  }
}

function resolveCopy(text: string, path: string, lang: Lang, data: DataBundle, fail: (path: string, problem: string) => never): Paragraph {
  let nodes: InlineNode[];
  try {
    nodes = parseInline(text);
  } catch (error) {
    if (error instanceof InlineError) return fail(path, error.message);
    throw error;
  }
  const resolve = (node: InlineNode): CopyNode => {
    if (node.type === 'text') return node;
    if (node.type === 'token') {
      try {
        const resolved = resolveToken(node.token, lang, data);
        return {
          type: 'figure',
          text: resolved.text,
          value: resolved.value,
          cite: cite(resolved.sources, data, lang),
          receipt: receipt(resolved, lang),
        };
      } catch (error) {
        if (error instanceof TokenError || error instanceof RangeError) {
          return fail(path, `token {${node.token}} does not resolve: ${error.message}`);
        }
        throw error;
      }
    }
    return { ...node, children: node.children.map(resolve) };
  };
  return nodes.map(resolve);
}

const HOW_DERIVED = { zh: '由原文数字计算：{a} ÷ {b}。', en: "Computed from the source's figures: {a} ÷ {b}." };

/**
 * A figure's receipt: each distinct source line once, its figure marked where the quote prints it. A stated number
 * is marked as the token gave it; the inputs of a computed one as their data give them; a value the data derives,
 * by the numbers it was derived from.
 */
export function receipt(resolved: ResolvedToken, lang: Lang): Receipt {
  const seen = new Set<string>();
  const lines: ReceiptLine[] = [];
  let how = resolved.how;
  const stated = resolved.sources.length === 1 && resolved.how === undefined;
  for (const ref of resolved.sources) {
    const key = `${ref.source}\u0000${ref.locator}\u0000${ref.quote?.zh ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const derived = DERIVED_LOCATOR.exec(ref.locator);
    if (derived && stated) how ??= HOW_DERIVED[lang].replace('{a}', derived[1] ?? '').replace('{b}', derived[2] ?? '');
    const own = (ref as { value?: unknown }).value;
    const candidates = derived
      ? [derived[1], derived[2]]
      : [ref.quote?.figure ?? (stated ? String(resolved.value) : typeof own === 'number' ? String(own) : undefined)];
    const marks = candidates.filter((c): c is string => c !== undefined && (ref.quote?.zh.includes(c) ?? false));
    lines.push(withOptional<ReceiptLine>({ source: ref.source, locator: ref.locator, marks }, { quote: ref.quote }));
  }
  return withOptional<Receipt>({ lines }, { how });
}

function cite(refs: SourceRef[], data: DataBundle, lang: Lang): string {
  const bySource = new Map<string, Set<string>>();
  for (const ref of refs) {
    const set = bySource.get(ref.source) ?? new Set<string>();
    set.add(ref.locator);
    bySource.set(ref.source, set);
  }
  return [...bySource]
    .map(([id, locators]) => `${data.sources[id]?.title[lang] ?? id}: ${[...locators].join(', ')}`)
    .join(lang === 'zh' ? '；' : '; ');
}

/** Copy as plain text, figures included. */
export function plainText(nodes: CopyNode[]): string {
  return nodes.map((n) => (n.type === 'text' || n.type === 'figure' ? n.text : plainText(n.children))).join('');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return value.trim() ? `"${value}"` : 'an empty value';
  if (Array.isArray(value)) return value.length ? 'a list' : 'an empty list';
  return typeof value;
}

/** Copies the optional properties that are defined, so the result carries no `undefined` keys. */
function withOptional<T extends object>(base: T, optional: Partial<T>): T {
  const out = { ...base };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
