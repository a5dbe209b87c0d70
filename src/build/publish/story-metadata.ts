import type { DataBundle, Lang } from '../../model/types.ts';
import { plainText } from '../story/build-story.ts';
import type { Story } from '../story/story-model.ts';
import { handoutPath, type HandoutKind } from '../prerender/render-handout.ts';
import { worksheetPath } from '../prerender/render-worksheet.ts';
import { SHARE_SIZE } from '../prerender/share-card.ts';
import { newsArticleJsonLd, storyDates } from './news-article.ts';
import type { PageMetadata } from './page-metadata.ts';
import { absoluteUrl } from './site-url.ts';
import type { SitemapEntry } from './sitemap.ts';

/**
 * Where the site's pages live and what each says about itself: the story in each language, its handouts, the
 * share images, the icons. Pure: from the story, the data and the site's address (KC_SITE_URL).
 */

/** The site's name, as a page's og:site_name and the publisher's. */
export const SITE_NAME: Record<Lang, string> = { zh: '柯城五年', en: 'Kecheng, five years' };
export const PUBLISHER_NAME = '柯城五年 · Kecheng, five years';

/** The story's page in each language, from the site root. */
export const STORY_PAGE: Record<Lang, string> = { zh: 'index.html', en: 'en/index.html' };

/** The share image of each language's story, from the site root. */
export const sharePath = (lang: Lang): string => `share/kecheng-${lang}.png`;

/** The icons, from the site root (public/). */
export const ICONS = { svg: 'favicon.svg', png: 'favicon.png', appleTouch: 'apple-touch-icon.png' } as const;

/** The step whose chart the share image shows: the story's opening chart, the count its headline gives. */
export const SHARE_STEP = 'scorecard-all';

/** The hreflang tag of each language; x-default is the Chinese page, the story's original. */
const HREFLANG: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };

/** The language versions of a page given in each language, as hreflang alternates with x-default. */
export function alternates(site: string, pathOf: (lang: Lang) => string): { hreflang: string; href: string }[] {
  return [
    { hreflang: HREFLANG.zh, href: absoluteUrl(site, pathOf('zh')) },
    { hreflang: HREFLANG.en, href: absoluteUrl(site, pathOf('en')) },
    { hreflang: 'x-default', href: absoluteUrl(site, pathOf('zh')) },
  ];
}

/** The icons as addresses relative to a page at `path` (from the root): the site can be served from any path. */
export function iconsFrom(path: string): PageMetadata['icons'] {
  const up = '../'.repeat(path.split('/').length - 1) || './';
  return { svg: up + ICONS.svg, png: up + ICONS.png, appleTouch: up + ICONS.appleTouch };
}

export interface StoryMetadataInput {
  story: Story;
  data: DataBundle;
  site: string;
  /** The share image's text alternative. */
  imageAlt: string;
}

/** The story page's metadata: Open Graph, Twitter card, canonical, hreflang, icons and its NewsArticle. */
export function storyPageMetadata({ story, data, site, imageAlt }: StoryMetadataInput): PageMetadata {
  const { lang } = story;
  const url = absoluteUrl(site, STORY_PAGE[lang]);
  const description = story.dek.map(plainText).join(' ');
  const image = absoluteUrl(site, sharePath(lang));
  const { published, modified } = storyDates(story.updated, story.corrections);
  return {
    lang,
    title: story.title,
    description,
    url,
    type: 'article',
    siteName: SITE_NAME[lang],
    image: { url: image, ...SHARE_SIZE, alt: imageAlt, type: 'image/png' },
    alternates: alternates(site, (l) => STORY_PAGE[l]),
    icons: iconsFrom(STORY_PAGE[lang]),
    published,
    modified,
    jsonLd: [
      newsArticleJsonLd({
        lang,
        headline: story.title,
        description,
        url,
        image,
        datePublished: published,
        dateModified: modified,
        author: story.byline,
        publisher: { name: PUBLISHER_NAME, url: site, logo: absoluteUrl(site, ICONS.appleTouch) },
        sources: Object.values(data.sources),
      }),
    ],
  };
}

/** A handout's head links: icons, canonical and its language versions. */
export function handoutMetadata(site: string, lang: Lang, kind: HandoutKind): Pick<PageMetadata, 'url' | 'alternates' | 'icons'> {
  return {
    url: absoluteUrl(site, handoutPath(lang, kind)),
    alternates: alternates(site, (l) => handoutPath(l, kind)),
    icons: iconsFrom(handoutPath(lang, kind)),
  };
}

/** A worksheet's head links, as a handout's: icons, canonical and its language versions. */
export function worksheetMetadata(site: string, lang: Lang): Pick<PageMetadata, 'url' | 'alternates' | 'icons'> {
  return {
    url: absoluteUrl(site, worksheetPath(lang)),
    alternates: alternates(site, worksheetPath),
    icons: iconsFrom(worksheetPath(lang)),
  };
}

/**
 * The sitemap: both story pages, the four handouts, the two worksheets and any `more` pages (the charts' own), each
 * with its language versions, last changed when the story was.
 */
export function siteMapEntries(site: string, stories: Record<Lang, Story>, more: readonly ((lang: Lang) => string)[] = []): SitemapEntry[] {
  const langs: Lang[] = ['zh', 'en'];
  const pages: ((lang: Lang) => string)[] = [
    (l) => STORY_PAGE[l],
    (l) => handoutPath(l, 'class'),
    (l) => handoutPath(l, 'teacher'),
    worksheetPath,
    ...more,
  ];
  return pages.flatMap((pathOf) =>
    langs.map((lang) => ({
      url: absoluteUrl(site, pathOf(lang)),
      lastmod: stories[lang].updated,
      alternates: alternates(site, pathOf),
    })),
  );
}

/** What an embed page's card needs: its address from the site root in each language, its chart's words. */
export interface EmbedMetadataInput {
  site: string;
  lang: Lang;
  /** The page's directory from the site root in a language: `embed/gdp/target/en/`. */
  dirOf: (lang: Lang) => string;
  title: string;
  description: string;
  /** The story's share image's text alternative in the page's language. */
  imageAlt: string;
}

/**
 * An embed page's card: its own title and description (the chart's), canonical address and language versions;
 * the image is the story's share image in the language. Icons and `noindex` are in the page already.
 */
export function embedPageMetadata({ site, lang, dirOf, title, description, imageAlt }: EmbedMetadataInput): PageMetadata {
  return {
    lang,
    title,
    description,
    url: absoluteUrl(site, dirOf(lang)),
    type: 'website',
    siteName: SITE_NAME[lang],
    image: { url: absoluteUrl(site, sharePath(lang)), ...SHARE_SIZE, alt: imageAlt, type: 'image/png' },
    alternates: alternates(site, dirOf),
  };
}
