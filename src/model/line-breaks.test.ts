import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { holdsBreak, lineParts, lineRuns, runBoundaries } from './line-breaks.ts';

describe('lineRuns(text, lang)', () => {
  it.each([
    // The breaks the browser made between two characters of one word (issue 12).
    ['中心城区', '中心|城区'],
    ['两区协同', '两区|协同'],
    ['年均增长', '年均|增长'],
    ['统计口径变了，不能比较', '统计|口径|变了，|不能|比较'],
    ['2025 年达到 350 亿元', '2025 年|达到 |350 亿元'],
    ['地区生产总值', '地区生产总值'],
    ['每村 30 万元以上', '每村 |30 万元|以上'],
    // Year ranges, numbers and their units.
    ['2016–2020', '2016–2020'],
    ['2016—2020年实际年均增长', '2016—2020年|实际|年均|增长'],
    ['2016—2020 年实际', '2016—2020 年|实际'],
    ['年均增长 6.1%，低于 7% 的目标', '年均|增长 |6.1%，|低于 |7% |的|目标'],
    ['从 158.45 亿元增至 236 亿元', '从 |158.45 亿元|增至 |236 亿元'],
    ['比目标低 4.9 个百分点', '比|目标|低 |4.9 个百分点'],
    ['达到 7.4 万元', '达到 |7.4 万元'],
    // Punctuation stays with the word before it; an opening bracket or quotation mark with the word after it.
    ['未完成。', '未完成。'],
    ['“十三五”时期', '“十三五”|时期'],
    ['需年均增长 8.2%（当年价）', '需年均|增长 |8.2%|（当年价）'],
    ['增长 148%——这是口径变化', '增长 |148%——|这是|口径|变化'],
  ])('zh: %s → %s', (text, runs) => {
    expect(lineRuns(text, 'zh').join('|')).toBe(runs);
  });

  it.each([
    ['GDP grew 6.1% a year in 2016–2020, short of the 7% planned', 'GDP |grew |6.1% |a |year |in |2016–2020, |short |of |the |7% |planned'],
    ['From 15.8 billion yuan in 2015', 'From |15.8 billion yuan |in |2015'],
    ["the 13th Five-Year Plan's main indicators (2016–2020).", "the |13th |Five-Year |Plan's |main |indicators |(2016–2020)."],
    ['4.9 percentage points lower', '4.9 percentage points |lower'],
  ])('en: %s → %s', (text, runs) => {
    expect(lineRuns(text, 'en').join('|')).toBe(runs);
  });

  it('joined, the runs are the text', () => {
    for (const [text, lang] of [
      ['  柯城区：衢州市的中心城区，地处浙闽赣皖四省边际 ', 'zh'],
      ['Kecheng: the heart of Quzhou, where four provinces meet', 'en'],
      ['', 'zh'],
    ] as const) {
      expect(lineRuns(text, lang).join('')).toBe(text);
    }
  });
});

describe('lineParts(text, lang)', () => {
  it('holds a run a browser would break inside, and puts a break after a run only where no space ends it', () => {
    expect(lineParts('2016—2020 年实际', 'zh')).toEqual([
      { word: '2016—2020 年', hold: true, space: '', breakAfter: true },
      { word: '实际', hold: false, space: '', breakAfter: false },
    ]);
    expect(lineParts('in 2016–2020, short', 'en')).toEqual([
      { word: 'in', hold: false, space: ' ', breakAfter: false },
      { word: '2016–2020,', hold: true, space: ' ', breakAfter: false },
      { word: 'short', hold: false, space: '', breakAfter: false },
    ]);
  });

  it('finds the parts of a text once per language: a frame redrawn draws the same parts', () => {
    const first = lineParts('GDP target for 2026', 'en');
    expect(lineParts('GDP target for 2026', 'en')).toBe(first);
    expect(lineParts('GDP target for 2026', 'zh')).not.toBe(first);
    expect(lineParts('GDP target for 2026', 'zh')).toEqual(first);
  });

  it('holdsBreak: a space or a dash followed by more of the word', () => {
    expect(holdsBreak('236 亿元')).toBe(true);
    expect(holdsBreak('2016–2020')).toBe(true);
    expect(holdsBreak('6.1%，')).toBe(false);
    expect(holdsBreak('地区生产总值')).toBe(false);
  });
});

describe('runBoundaries on text with no Chinese', () => {
  // Split without the dictionary segmenter (its first use is slow on a phone): the same runs as with it.
  const ALPHABET = [...'aZk09 .,;:!?\'’“”"()[]–—-‐/%$¥+·…\u00a0\n\t'];
  const COPY = [
    'GDP grew 6.1% a year in 2016–2020, short of the 7% target',
    'Kecheng’s GDP: 58.7 billion yuan (2021, on the new scope)',
    'Per-capita disposable income of rural residents — 2.9 percentage points',
    '“Common prosperity” villages: 30 (2025 target), from 12',
  ];

  it.each(COPY)('%s', (text) => {
    expect(runBoundaries(text, 'en')).toEqual(runBoundaries(text, 'en', true));
  });

  it('any text of letters, digits, spaces and punctuation', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expect(runBoundaries(text, 'en')).toEqual(runBoundaries(text, 'en', true));
      }),
      { numRuns: 500 },
    );
  });

  it('text with a Chinese word still uses the dictionary', () => {
    expect(lineRuns('Kecheng 柯城区中心城区', 'en')).toEqual(['Kecheng ', '柯城区', '中心', '城区']);
  });
});
