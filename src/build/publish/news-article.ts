import type { Lang, Source } from '../../model/types.ts';

/** What the story's NewsArticle is made from: the story's own words, its dates, its sources and where it lives. */
export interface NewsArticleInput {
  lang: Lang;
  headline: string;
  description: string;
  /** The page's absolute URL. */
  url: string;
  /** The share image's absolute URL. */
  image: string;
  /** ISO dates (YYYY-MM-DD). */
  datePublished: string;
  dateModified: string;
  /** The byline: an organisation (a desk), not a person. */
  author: string;
  publisher: { name: string; url: string; logo: string };
  sources: readonly Source[];
}

/** The BCP 47 tag of a language, as the pages' lang attributes write it. */
export const LANG_TAG: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };

/**
 * The dates of a story from its corrections log (newest entry first) and the date in its file: first published on
 * the earliest of them, last modified on the latest (the story's `updated`, which already follows the log).
 */
export function storyDates(updated: string, corrections: readonly { date: string }[]): { published: string; modified: string } {
  const dates = [updated, ...corrections.map((c) => c.date)].sort();
  return { published: dates[0] ?? updated, modified: dates[dates.length - 1] ?? updated };
}

/** A source document as a schema.org citation: its title, issuer and date, and its public address if it has one. */
function citation(source: Source, lang: Lang): Record<string, unknown> {
  const url = source.url ?? (/^https?:\/\//.test(source.document) ? source.document : undefined);
  return {
    '@type': 'CreativeWork',
    name: source.title[lang],
    author: { '@type': 'Organization', name: source.issuer[lang] },
    datePublished: source.date,
    ...(url ? { url } : {}),
  };
}

/** The story's schema.org NewsArticle (JSON-LD), for search engines. */
export function newsArticleJsonLd(input: NewsArticleInput): Record<string, unknown> {
  const publisher = {
    '@type': 'Organization',
    name: input.publisher.name,
    url: input.publisher.url,
    logo: { '@type': 'ImageObject', url: input.publisher.logo },
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    image: [input.image],
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    author: [{ '@type': 'Organization', name: input.author, url: input.publisher.url }],
    publisher,
    inLanguage: LANG_TAG[input.lang],
    isAccessibleForFree: true,
    citation: input.sources.map((s) => citation(s, input.lang)),
  };
}
