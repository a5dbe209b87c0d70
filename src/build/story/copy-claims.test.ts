import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../model/types.ts';
import { plainText } from './build-story.ts';
import { LANGS, loadData, loadStory, parseStoryText } from './load-story.ts';

// Claims the copy may make only as strongly as its sources do (issue 10). Each test holds one correction,
// so a later edit cannot quietly bring the stronger sentence back.

const root = resolve(import.meta.dirname, '../../..');
const data = loadData(root);
const story = loadStory(root, 'kecheng-five-years', data);
const seeds = resolve(root, '../shared/seeds');

/** A step's copy as written, tokens unresolved: text, note and questions. */
function raw(lang: Lang, id: string): string {
  const file = `stories/kecheng-five-years/${lang}.aml`;
  const parsed = parseStoryText(readFileSync(join(root, file), 'utf8'), file) as { steps: Record<string, unknown>[] };
  const step = parsed.steps.find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id} in ${file}`);
  return [step.text, step.note, ...(Array.isArray(step.questions) ? step.questions : [])].filter((x) => typeof x === 'string').join('\n');
}

/** Everything a reader or teacher can see in one language, tokens resolved. */
function allCopy(lang: Lang): string {
  const s = story[lang];
  const paragraphs = [...s.dek, ...s.steps.flatMap((step) => [...step.text, ...(step.note ?? []), ...(step.questions ?? [])])];
  return [s.title, ...paragraphs.map(plainText)].join('\n');
}

describe('the income ratio and the income gap', () => {
  test.each(LANGS)('in %s, the ratio step gives the gap in yuan for both years, from tokens', (lang) => {
    const text = raw(lang, 'income-ratio');
    expect(text).toContain('{diff:income.urban:income.rural:2015}');
    expect(text).toContain('{diff:income.urban:income.rural:2020}');
  });
  test('no copy says the gap narrowed', () => {
    expect(allCopy('en')).not.toMatch(/gap (has )?narrowed/i);
    expect(allCopy('zh')).not.toContain('城乡差距就在缩小');
  });
});

describe('rates at current prices are compared with rates at current prices', () => {
  test.each([
    ['en', /a little faster|faster than the real rate/i],
    ['zh', /略高于同期可比价/],
  ] as const)('in %s, the 2026 pace is not called faster than a rate at comparable prices', (lang, claim) => {
    expect(raw(lang, 'gdp-target-pace')).not.toMatch(claim);
    expect(raw(lang, 'gdp-target-pace')).toContain('{cagr:gdp:2015:2020}');
  });
});

describe('the county list', () => {
  test.each(LANGS)('in %s, the exit is quoted from the Quzhou proposal, with no undated detail', (lang) => {
    expect(raw(lang, 'next-quzhou')).toContain('柯城区、江山市调出山区海岛县名单');
    expect(allCopy(lang)).not.toMatch(/2024|Pingyang|平阳|Liandu|莲都/);
  });
  test('the news report that dated it is no longer a source', () => {
    expect(Object.keys(data.sources)).not.toContain('chinanews-2025-01-07');
  });
});

describe("the plenum's targets carry no year in their source", () => {
  const targets = data.datasets['targets-2026'];
  test('targets-2026 no longer says they stand under the 2026 heading', () => {
    expect(JSON.stringify(targets)).not.toContain("stand under its heading 'goals for 2026'");
  });
  test('every plenum figure says that 2026 is the story’s reading', () => {
    if (targets?.type !== 'figures') throw new Error('targets-2026 is not a figures dataset');
    const plenum = targets.figures.filter((f) => f.source === 'plenum2-guide');
    expect(plenum.length).toBeGreaterThan(0);
    for (const f of plenum) expect(f.note?.en, f.id).toMatch(/our reading/);
  });
  test.each(LANGS)('in %s, the watch step says the reading is ours', (lang) => {
    expect(raw(lang, 'watch')).toMatch(lang === 'en' ? /no year: reading them as 2026 goals is ours/ : /没有标明年份/);
  });
});

describe('what the documents say about industry', () => {
  test('no copy says the reports return to it again and again', () => {
    expect(allCopy('en')).not.toMatch(/again and again/i);
    expect(allCopy('zh')).not.toContain('反复出现');
  });
});

describe('the scorecard names every miss', () => {
  // How each step names a missed indicator: a token of it, or these words.
  const named: Record<string, Record<Lang, RegExp>> = {
    gdp: { en: /GDP growth/, zh: /GDP增速/ },
    'three-sector-structure': { en: /economic structure/, zh: /产业结构/ },
    'retail-sales': { en: /retail sales/, zh: /社会消费品零售总额/ },
    exports: { en: /exports/, zh: /外贸出口/ },
    'urban-income': { en: /urban and rural incomes/, zh: /城镇和农村居民收入/ },
    'rural-income': { en: /urban and rural incomes/, zh: /城镇和农村居民收入/ },
    'forest-cover': { en: /\{ind:scorecard\.forest-cover\.value2020\}/, zh: /\{ind:scorecard\.forest-cover\.value2020\}/ },
    'energy-intensity-reduction': {
      en: /\{ind:scorecard\.energy-intensity-reduction\.value2020\}.*\{ind:scorecard\.energy-intensity-reduction\.target2020\}/,
      zh: /\{ind:scorecard\.energy-intensity-reduction\.value2020\}.*\{ind:scorecard\.energy-intensity-reduction\.target2020\}/,
    },
  };
  test('the list above is the data’s list of misses', () => {
    const scorecard = data.datasets.scorecard;
    if (scorecard?.type !== 'scorecard') throw new Error('scorecard is not a scorecard dataset');
    expect(Object.keys(named).sort()).toEqual(
      scorecard.indicators
        .filter((i) => i.status === 'missed')
        .map((i) => i.id)
        .sort(),
    );
  });
  test.each(LANGS)('in %s, scorecard-missed names all of them', (lang) => {
    const text = raw(lang, 'scorecard-missed');
    for (const [id, words] of Object.entries(named)) expect(text, id).toMatch(words[lang]);
  });
});

describe('smaller corrections', () => {
  test('no note calls a yearly rate cumulative', () => {
    const record = data.datasets['record-2021'];
    if (record?.type !== 'figures') throw new Error('record-2021 is not a figures dataset');
    for (const f of record.figures.filter((x) => x.unit === 'percent')) {
      expect(f.note?.en ?? '', f.id).not.toMatch(/cumulative/i);
      expect(f.note?.zh ?? '', f.id).not.toContain('累计');
    }
  });
  test.each(LANGS)('in %s, the unemployment ceiling stands beside its 2020 value and the 14th Plan’s target', (lang) => {
    const text = raw(lang, 'watch');
    expect(text).toContain('{ind:scorecard.unemployment.value2020}');
    expect(text).toMatch(/\{plan:plan-2025\.unemployment\.target\}/);
  });
  test.each([
    ['en', /suggests but does not say/],
    ['zh', /没有明说/],
  ] as const)('in %s, the income pace of 2017–2021 is hedged', (lang, hedge) => {
    expect(raw(lang, 'income-target')).toMatch(hedge);
  });
  test.each([
    ['en', /look like rates at current prices/],
    ['zh', /看起来是按当年价计算的/],
  ] as const)('in %s, the income-growth note does not call the rates real', (lang, reading) => {
    expect(raw(lang, 'income-growth')).toMatch(reading);
  });
  test('Hangbu has one name: the plan’s urban sub-centre', () => {
    expect(allCopy('en')).not.toMatch(/second centre|industrial sub-centre|Hangbu as a sub-centre/);
    expect(allCopy('zh')).not.toContain('区域副中心');
  });
  test.each([
    ['en', /By our calculation that is \{times:gdp:2021:2020\} times/],
    ['zh', /据本文计算，这是2020年的\{times:gdp:2021:2020\}倍/],
  ] as const)('in %s, gdp-break says the ratio of 2021 to 2020 is ours', (lang, ours) => {
    expect(raw(lang, 'gdp-break')).toMatch(ours);
    expect(raw(lang, 'gdp-break')).not.toMatch(/the report|报告写道/);
  });
});

describe('English wording', () => {
  const en = allCopy('en');
  test.each([
    /people residents/,
    /sure to break through/i,
    /20,000,000/,
    /below 1\.8/,
    /townships and (urban )?subdistricts/,
    /Juhua chemical complex/,
  ])('the English copy never says %s', (phrase) => expect(en).not.toMatch(phrase));
});

describe('sources readers can name', () => {
  test('every source has a readable title and a date, and no locator names an internal file', () => {
    for (const s of Object.values(data.sources)) {
      expect(s.date, s.id).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect(`${s.title.zh} ${s.title.en}`, s.id).not.toMatch(/\.txt|FACTS|seeds/);
    }
    expect(JSON.stringify(data.datasets)).not.toMatch(/FACTS\.md|shared\/|\b00[0-4] 第/);
  });
});

describe.skipIf(!existsSync(seeds))('locators against the source documents', () => {
  // Full-width and half-width punctuation differ between the documents and the copy; nothing else may.
  const width = (s: string) => s.replace(/，/g, ',').replace(/：/g, ':').replace(/；/g, ';').replace(/（/g, '(').replace(/）/g, ')');
  const line = (file: string, n: number) => width(readFileSync(join(seeds, file), 'utf8').split('\n')[n - 1] ?? '');
  test('the Hangbu sub-centre stands at the lines its locator gives', () => {
    const plan = data.datasets['spatial-plan'];
    const hangbu = plan?.type === 'spatial-plan' ? plan.elements.find((e) => e.id === 'hangbu') : undefined;
    const [, a, b] = /lines (\d+)–(\d+)/.exec(hangbu?.locator ?? '') ?? [];
    const text = Array.from({ length: Number(b) - Number(a) + 1 }, (_, i) => line('004_fb0e8bbcee2598f3.txt', Number(a) + i)).join('');
    expect(text).toContain('打造航埠城市副中心');
  });
  test('the quotes of the closing chapter stand in the Quzhou proposal', () => {
    expect(line('002_4f394fc16795f259.txt', 11)).toContain('柯城区、江山市调出山区海岛县名单');
    const quote = '柯城区重点发展高质量现代服务业，打造高品质现代化主城区';
    expect(line('002_4f394fc16795f259.txt', 75)).toContain(width(quote));
    for (const lang of LANGS) expect(raw(lang, 'next-plan')).toContain(quote);
  });
});
