// Over 300 lines on purpose: most of it is the generators of story text (tokens, copy, steps, whole stories,
// well and badly formed), which mean something only beside the three properties below that run them.
/**
 * Property tests of the story parser: whatever a story file says, parsing it throws nothing but the
 * errors that name file and field (StoryError; InlineError and TokenError from the parts), and what does
 * parse renders without any copy becoming markup.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHART_VIEWS } from '../../charts/kit/registry.ts';
import type { DataBundle, Lang } from '../../model/types.ts';
import { UNIT_RANGES, validateBundle } from '../data/validate.ts';
import { htmlProblems } from '../../test-utils/html-check.ts';
import { buildStory } from './build-story.ts';
import { InlineError, isSafeHref, parseInline, type InlineNode } from './inline.ts';
import { loadData, parseStoryText } from './load-story.ts';
import { copyToHtml } from '../prerender/render-html.ts';
import { StoryError } from './story-error.ts';
import type { CopyNode } from './story-model.ts';
import { resolveToken, TokenError } from './tokens.ts';

const data = loadData(resolve(import.meta.dirname, '../../..'));

/**
 * A small bundle with the values growth maths and ratios trip on: zero, negative, tiny, and the largest the data
 * validation admits for the unit (UNIT_RANGES).
 */
const odd: DataBundle = (() => {
  const bi = (s: string) => ({ zh: s, en: s });
  const point = (year: number, value: number) => ({ year, value, kind: 'actual', source: 's', locator: 'l' });
  return validateBundle({
    'data/sources.json': { sources: [{ id: 's', title: bi('S'), short: bi('S'), issuer: bi('I'), date: '2021', document: 'd' }] },
    'data/odd.json': {
      type: 'series',
      id: 'odd',
      title: bi('Odd'),
      unit: 'yi-yuan',
      series: [
        { id: 'zero', label: bi('Zero'), points: [point(2015, 0), point(2020, 0), point(2021, 5)] },
        { id: 'neg', label: bi('Negative'), points: [point(2015, -5), point(2020, 10)] },
        { id: 'huge', label: bi('Huge'), points: [point(2015, Number.MIN_VALUE), point(2020, UNIT_RANGES['yi-yuan'].max)] },
      ],
    },
    'data/odd-figures.json': {
      type: 'figures',
      id: 'odd-figures',
      title: bi('Odd figures'),
      figures: [
        {
          id: 'max',
          label: bi('Max'),
          year: 2020,
          value: UNIT_RANGES['yi-usd'].max,
          unit: 'yi-usd',
          kind: 'actual',
          source: 's',
          locator: 'l',
        },
        {
          id: 'neg',
          label: bi('Negative'),
          year: 2020,
          value: UNIT_RANGES['yi-yuan'].min,
          unit: 'yi-yuan',
          kind: 'actual',
          source: 's',
          locator: 'l',
        },
      ],
    },
  });
})();
const bundles: Record<'real' | 'odd' | 'both', DataBundle> = {
  real: data,
  odd,
  both: { sources: { ...data.sources, ...odd.sources }, datasets: { ...data.datasets, ...odd.datasets } },
};
/** A bundle's name (so that a counterexample prints a word, not the whole bundle). */
const bundleName = fc.constantFrom<keyof typeof bundles>('real', 'odd', 'both');

const LANGS: Lang[] = ['zh', 'en'];
const CHART_IDS = Object.keys(CHART_VIEWS) as (keyof typeof CHART_VIEWS)[];
const VIEWS = [...new Set(CHART_IDS.flatMap((id) => CHART_VIEWS[id]))];

// --- generators -------------------------------------------------------------------------------------

const year = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('2015', '2020', '2021', '2026') },
  { weight: 1, arbitrary: fc.constantFrom('2025', '1999', '0000', '9999', '') },
  { weight: 1, arbitrary: fc.string({ maxLength: 5 }) },
);
const ref = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'gdp',
      'income',
      'income.urban',
      'income.rural',
      'income-ratio',
      'odd.zero',
      'odd.neg',
      'odd.huge',
      'odd.nope',
    ),
  },
  fc.constantFrom(...Object.keys(data.datasets), 'constructor', '__proto__', 'toString', 'hasOwnProperty', ''),
  fc.string({ maxLength: 12 }),
);
const dotted = fc.oneof(
  fc.constantFrom(
    'targets-2026.services-va',
    'place.township-units',
    'structure.actual-2020.tertiary',
    'structure.actual-2020.toString',
    'scorecard',
    'scorecard.met',
    'scorecard.constructor',
    'scorecard.retail-sales.achievedGrowth',
    'scorecard.retail-sales.constructor',
    'odd-figures.max',
    'odd-figures.neg',
    'odd-figures.__proto__',
  ),
  fc.array(fc.oneof(ref, fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 3 }).map((a) => a.join('.')),
);
/** Tokens in every form the resolver knows, well and badly formed. */
const token = fc.oneof(
  fc.tuple(fc.constantFrom('cagr', 'planned', 'achieved', 'times'), ref, year, year).map((p) => p.join(':')),
  fc.tuple(fc.constantFrom('fig', 'share', 'count', 'ind'), dotted).map((p) => p.join(':')),
  fc.tuple(ref, year).map((p) => p.join(':')),
  fc.array(fc.oneof(ref, year, fc.constant(' ')), { maxLength: 5 }).map((p) => p.join(':')),
  fc.string({ maxLength: 30 }),
);

/** Story copy: words and every character the inline markup gives a meaning to, in any order. */
const copyPiece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Kecheng ', '柯城', 'GDP ', 'grew', ' ', '. ', '5%', '&', '"', "'", '&amp;', '&#60;') },
  { weight: 4, arbitrary: fc.constantFrom('*', '**', '[', ']', '](', '(', ')', '{', '}', '<', '>', '\\', '\\{', '\\*', '< b', 'a<b') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'https://github.com/a',
      '#gdp-break',
      '../en/',
      'javascript:alert(1)',
      'JaVaScRiPt:x',
      'data:text/html,x',
      '//evil.example',
      '/\\evil.example/x',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom('<img src=x onerror=alert(1)>', '<script>', '</p>', '<!--', '<?x', '" onmouseover="x', "' onfocus='x"),
  },
  { weight: 3, arbitrary: token.map((t) => `{${t}}`) },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\n\n', '\n:end\n', ':end', ':skip', ':ignore', '[steps]', '[]', '{x}', 'key: value') },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const copy = fc.array(copyPiece, { maxLength: 14 }).map((p) => p.join(''));
/** Copy that stays on its line (the value of a `key: value` line). */
const line = copy.map((c) => c.replace(/[\r\n]/g, ' '));

const stepId = fc.oneof(
  fc.constantFrom('one', 'two', 'gdp-record', 'a', 'A b', '', 'constructor', '__proto__'),
  fc.string({ maxLength: 6 }),
);
const chartId = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CHART_IDS) },
  fc.constantFrom('pie', 'constructor', ''),
  fc.string({ maxLength: 6 }),
);
const view = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...VIEWS) },
  fc.constantFrom('pie', 'constructor', ''),
  fc.string({ maxLength: 6 }),
);

/** A value: one line, or several lines up to `:end`. */
const value = fc.oneof(
  { weight: 3, arbitrary: line },
  copy.map((c) => `${c}\n:end`),
);
const field = (key: string, v: fc.Arbitrary<string>) => v.map((x) => `${key}: ${x}`);
const optional = (key: string, v: fc.Arbitrary<string>) => fc.option(field(key, v), { nil: '', freq: 2 });

const stepText = fc
  .tuple(
    fc.option(field('id', stepId), { nil: '', freq: 8 }),
    optional('chapter', value),
    fc.option(field('chart', chartId), { nil: '', freq: 8 }),
    fc.option(field('view', view), { nil: '', freq: 8 }),
    fc.option(field('text', value), { nil: '', freq: 8 }),
    optional('alt', value),
    optional('note', value),
    fc.option(
      fc
        .tuple(fc.constantFrom('colour', 'Id', 'toString', 'hasOwnProperty', '__proto__', 'constructor.prototype.x', '*'), line)
        .map(([k, v]) => `${k}: ${v}`),
      { nil: '', freq: 8 },
    ),
  )
  .chain((fields) => fc.shuffledSubarray(fields, { minLength: fields.length - 1 }))
  .map((fields) => fields.filter(Boolean).join('\n'));

const storyText = fc
  .tuple(
    optional('title', value),
    optional('dek', value),
    optional('byline', value),
    fc.option(field('updated', fc.oneof(fc.constantFrom('2026-11-21', '2026-13-45', 'yesterday'), line)), { nil: '', freq: 6 }),
    fc.oneof(
      { weight: 6, arbitrary: fc.array(stepText, { maxLength: 4 }).map((steps) => `[steps]\n${steps.join('\n\n')}\n[]`) },
      fc.constantFrom('[steps]\n[]', 'steps: none', '[steps]\n* one\n* two\n[]', '{steps}\nid: one\n{}', '[.steps]\nid: x\n[]', ''),
    ),
    fc.option(copy, { nil: '', freq: 4 }),
  )
  .map((parts) => parts.filter(Boolean).join('\n'));

/** Copy that parses, with every character that must come out escaped: & " ' < > and markup around them. */
const benignPiece = fc.oneof(
  fc.constantFrom('Kecheng ', '柯城', ' ', '. ', '&', '&amp;', '&#60;', '"', "'", '>', '< 3', 'a <- b', '\\*', '\\{', '[', ']', '(', ')'),
  fc.constantFrom('*em & "q"*', "**'strong' > x**", '[a & b](https://github.com/?a=1&b=2)', '[x](#gdp-break)', '[*y*](../en/)'),
  fc.constantFrom(
    '{gdp:2020}',
    '{fig:place.township-units}',
    '{cagr:gdp:2021:2026}',
    '{count:scorecard.met}',
    '{ind:scorecard.retail-sales.achievedGrowth}',
  ),
);
const benignCopy = fc.array(benignPiece, { minLength: 1, maxLength: 10 }).map((p) => `x${p.join('')}`);

/** Mostly well-formed stories, so that many runs get past the header to the steps and the copy. */
const header = 'title: T\ndek: D\nbyline: B\nupdated: 2026-11-21\n';
const wellFormedStep = fc
  .tuple(fc.constantFrom(...CHART_IDS), fc.oneof(benignCopy, value), fc.option(benignCopy, { nil: undefined }))
  .map(
    ([chart, text, alt]) =>
      `id: s\nchart: ${chart}\nview: ${CHART_VIEWS[chart][0] ?? ''}\ntext: ${text}${alt === undefined ? '' : `\nalt: ${alt}`}`,
  );
const nearlyValidStory = wellFormedStep.map((s) => `${header}[steps]\n${s}\n[]\n`);

// --- checks ---------------------------------------------------------------------------------------

/** Runs `fn`; a throw must be an instance of `allowed`. Returns the result, or undefined when it threw. */
function onlyThrows<T>(allowed: new (...args: never[]) => Error, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    if (error instanceof allowed) return undefined;
    throw error;
  }
}

const COPY_TAGS = new Set(['em', 'strong', 'a', 'data']);

/** Every paragraph of a built story renders as HTML with no copy turned into markup. */
function checkRendered(paragraphs: CopyNode[][]): void {
  for (const p of paragraphs) {
    const html = copyToHtml(p);
    const problems = htmlProblems(html, { allowedTags: COPY_TAGS, strict: true });
    if (problems.length) throw new Error(`${problems.join('; ')} in ${html}`);
  }
}

/** Links in parsed copy all have a safe target. */
function linksAreSafe(nodes: InlineNode[] | CopyNode[]): boolean {
  return nodes.every(
    (n) =>
      n.type === 'text' ||
      n.type === 'token' ||
      n.type === 'figure' ||
      ((n.type !== 'link' || isSafeHref(n.href)) && linksAreSafe(n.children)),
  );
}

describe('buildStory on arbitrary ArchieML-like text (fast-check)', () => {
  const file = 'stories/t/en.aml';
  const build = (text: string, lang: Lang, bundle: DataBundle) => buildStory(parseStoryText(text, file), file, 't', lang, bundle);

  it('throws nothing but a StoryError naming the file, and what builds renders safely', { timeout: 30_000 }, () => {
    let built = 0;
    fc.assert(
      fc.property(fc.oneof(storyText, nearlyValidStory), fc.constantFrom(...LANGS), bundleName, (text, lang, name) => {
        const bundle = bundles[name];
        const before = Object.getOwnPropertyNames(Object.prototype).length;
        let story;
        let failure: unknown;
        try {
          story = build(text, lang, bundle);
        } catch (error) {
          failure = error;
        }
        if (Object.getOwnPropertyNames(Object.prototype).length !== before) throw new Error('a story wrote into Object.prototype');
        if (!story) {
          if (!(failure instanceof StoryError)) throw failure;
          if (!failure.message.startsWith(`${file}: `) || failure.file !== file) throw new Error(`no file name in: ${failure.message}`);
          if (!failure.path) throw new Error(`no field in: ${failure.message}`);
          return;
        }
        built++;
        for (const s of story.steps) {
          checkRendered(s.text);
          if (s.note) checkRendered(s.note);
          if (!linksAreSafe(s.text.flat())) throw new Error('unsafe link');
        }
        checkRendered(story.dek);
      }),
      { numRuns: 700 },
    );
    // The generator is useful only if a fair share of stories get through to rendering.
    expect(built).toBeGreaterThan(75);
  });

  it('throws nothing but a StoryError for any text at all', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.constantFrom(...LANGS), (text, lang) => {
        onlyThrows(StoryError, () => build(text, lang, data));
      }),
      { numRuns: 200 },
    );
  });

  it('throws nothing but a StoryError for any parsed value, however shaped', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3 }), fc.constantFrom(...LANGS), (raw, lang) => {
        onlyThrows(StoryError, () => buildStory(raw, file, 't', lang, data));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.record(
          {
            title: fc.anything({ maxDepth: 1 }),
            dek: fc.anything({ maxDepth: 1 }),
            byline: fc.anything({ maxDepth: 1 }),
            updated: fc.oneof(fc.constant('2026-11-21'), fc.anything({ maxDepth: 1 })),
            steps: fc.oneof(fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }), fc.anything({ maxDepth: 1 })),
          },
          { requiredKeys: [] },
        ),
        fc.constantFrom(...LANGS),
        (raw, lang) => {
          onlyThrows(StoryError, () => buildStory(raw, file, 't', lang, data));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses __proto__ keys before the ArchieML parser can write them into Object.prototype', () => {
    for (const text of [
      '__proto__.polluted: yes',
      '{__proto__}\npolluted: yes\n{}',
      'a.__proto__.polluted: yes',
      '[steps]\n__proto__.polluted: x\n[]',
    ]) {
      expect(() => parseStoryText(text, file)).toThrow(`${file}: line `);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
    expect(() => parseStoryText('title: T\nconstructor.prototype.x: 1', file)).toThrow(`${file}: (file): not valid ArchieML: `);
  });
});

describe('resolveToken on arbitrary tokens (fast-check)', () => {
  it('throws nothing but a TokenError, and a resolved number reads cleanly', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(token, fc.string({ maxLength: 40 })), fc.constantFrom(...LANGS), bundleName, (t, lang, name) => {
        const bundle = bundles[name];
        const resolved = onlyThrows(TokenError, () => resolveToken(t, lang, bundle));
        if (!resolved) return;
        if (!Number.isFinite(resolved.value)) throw new Error(`{${t}} resolved to ${resolved.value}`);
        if (/NaN|undefined|Infinity|\d[eE][+-]?\d/.test(resolved.text)) throw new Error(`{${t}} reads "${resolved.text}"`);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['cagr:odd.zero:2015:2020', /growth needs positive values, got 0 in 2015 and 0 in 2020/],
    ['cagr:odd.neg:2015:2020', /growth needs positive values, got -5 in 2015/],
    ['cagr:gdp:2020:2015', /growth needs a later second year, got 2020 then 2015/],
    ['cagr:gdp:2020:2020', /growth needs a later second year/],
    ['times:odd.zero:2021:2020', /cannot divide by the 2020 value, which is 0/],
    ['times:odd.huge:2020:2015', /gives no number: not a finite number: Infinity/],
    ['constructor:2020', /unknown dataset "constructor"/],
    ['fig:__proto__.x', /unknown dataset "__proto__"/],
  ])('{%s} is a TokenError that says why', (t, message) => {
    expect(() => resolveToken(t, 'en', bundles.both)).toThrow(TokenError);
    expect(() => resolveToken(t, 'en', bundles.both)).toThrow(message);
  });

  it('formats the largest figures the data admits in full digits', () => {
    expect(resolveToken('fig:odd-figures.neg', 'en', odd).text).toBe('-100,000 billion yuan');
    expect(resolveToken('fig:odd-figures.max', 'zh', odd).text).toBe('1000000 亿美元');
  });
});

describe('parseInline on arbitrary copy (fast-check)', () => {
  it('throws nothing but an InlineError, and every link it reads is safe', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(copy, fc.string({ maxLength: 60 })), (text) => {
        const nodes = onlyThrows(InlineError, () => parseInline(text));
        if (nodes && !linksAreSafe(nodes)) throw new Error(`unsafe link read from ${text}`);
        // Anything that looks like a tag is refused, escaped or not.
        if (nodes && /<\s*[a-zA-Z!/?]/.test(text)) throw new Error(`raw HTML read from ${text}`);
      }),
      { numRuns: 3000 },
    );
  });
});
