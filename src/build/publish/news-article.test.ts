import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData, loadStory } from '../story/load-story.ts';
import { newsArticleJsonLd, storyDates } from './news-article.ts';
import { alternates, handoutMetadata, iconsFrom, siteMapEntries, storyPageMetadata, worksheetMetadata } from './story-metadata.ts';

const root = resolve(import.meta.dirname, '../../..');
const data = loadData(root);
const stories = loadStory(root, 'kecheng-five-years', data);
const site = 'https://news.example.com/kecheng/';

describe('storyDates(updated, corrections)', () => {
  it('is first published on the earliest date of the log and the file, modified on the latest', () => {
    const log = [{ date: '2026-12-07' }, { date: '2026-12-06' }, { date: '2026-12-05' }];
    expect(storyDates('2026-12-07', log)).toEqual({ published: '2026-12-05', modified: '2026-12-07' });
    expect(storyDates('2026-12-01', [])).toEqual({ published: '2026-12-01', modified: '2026-12-01' });
  });
});

describe('newsArticleJsonLd(input)', () => {
  const article = newsArticleJsonLd({
    lang: 'zh',
    headline: '柯城',
    description: '核对数字',
    url: 'https://kecheng.example/',
    image: 'https://kecheng.example/share/kecheng-zh.png',
    datePublished: '2026-12-05',
    dateModified: '2026-12-07',
    author: '数据新闻组',
    publisher: { name: '柯城五年', url: 'https://kecheng.example/', logo: 'https://kecheng.example/apple-touch-icon.png' },
    sources: Object.values(data.sources),
  });

  it('is a free NewsArticle in Chinese, with its dates, author, publisher and image', () => {
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '柯城',
      inLanguage: 'zh-Hans',
      isAccessibleForFree: true,
      datePublished: '2026-12-05',
      dateModified: '2026-12-07',
      image: ['https://kecheng.example/share/kecheng-zh.png'],
      author: [{ '@type': 'Organization', name: '数据新闻组' }],
      publisher: { '@type': 'Organization', name: '柯城五年', logo: { '@type': 'ImageObject' } },
    });
  });

  it('cites every source document in data/sources.json by its title, issuer and date', () => {
    const citations = article.citation as Record<string, unknown>[];
    expect(citations).toHaveLength(Object.keys(data.sources).length);
    const outline = data.sources['fyp14-outline'];
    expect(citations).toContainEqual({
      '@type': 'CreativeWork',
      name: outline?.title.zh,
      author: { '@type': 'Organization', name: outline?.issuer.zh },
      datePublished: outline?.date,
    });
  });
});

describe('storyPageMetadata({ story, data, site })', () => {
  for (const lang of ['zh', 'en'] as const) {
    const story = stories[lang];
    const meta = storyPageMetadata({ story, data, site, imageAlt: 'alt' });
    it(`${lang}: names the story's page, image and language versions at the site's address`, () => {
      expect(meta.url).toBe(lang === 'zh' ? site : `${site}en/`);
      expect(meta.title).toBe(story.title);
      expect(meta.image).toMatchObject({ url: `${site}share/kecheng-${lang}.png`, width: 1200, height: 630 });
      expect(meta.alternates?.map((a) => a.href)).toEqual([site, `${site}en/`, site]);
      expect(meta.icons).toEqual(iconsFrom(lang === 'zh' ? 'index.html' : 'en/index.html'));
      expect(meta.modified).toBe(story.updated);
      expect(meta.published && meta.published <= story.updated).toBe(true);
      expect(meta.jsonLd?.[0]).toMatchObject({ '@type': 'NewsArticle', headline: story.title, url: meta.url });
    });
  }
});

describe('the handouts and the sitemap', () => {
  it('give the icons relative to each page', () => {
    expect(iconsFrom('index.html')?.svg).toBe('./favicon.svg');
    expect(iconsFrom('en/handout/teacher/index.html')?.png).toBe('../../../favicon.png');
  });

  it('give each handout its canonical address and its language versions', () => {
    expect(handoutMetadata(site, 'en', 'teacher').url).toBe(`${site}en/handout/teacher/`);
    expect(handoutMetadata(site, 'zh', 'class').alternates?.map((a) => a.hreflang)).toEqual(['zh-Hans', 'en', 'x-default']);
  });

  it('give each worksheet the same: canonical address, language versions, icons', () => {
    expect(worksheetMetadata(site, 'en').url).toBe(`${site}en/worksheet/`);
    expect(worksheetMetadata(site, 'zh').alternates?.map((a) => a.href)).toEqual([
      `${site}worksheet/`,
      `${site}en/worksheet/`,
      `${site}worksheet/`,
    ]);
    expect(worksheetMetadata(site, 'en').icons?.svg).toBe('../../favicon.svg');
  });

  it('list both story pages, the four handouts and the two worksheets, each with its alternates', () => {
    const entries = siteMapEntries(site, stories);
    expect(entries.map((e) => e.url)).toEqual([
      site,
      `${site}en/`,
      `${site}handout/`,
      `${site}en/handout/`,
      `${site}handout/teacher/`,
      `${site}en/handout/teacher/`,
      `${site}worksheet/`,
      `${site}en/worksheet/`,
    ]);
    expect(entries[1]?.alternates).toEqual(alternates(site, (l) => (l === 'zh' ? 'index.html' : 'en/index.html')));
  });
});
