import { embedPath, iframeEmbedCode, type EmbedChoice } from '../../elements/tools/embed-code.ts';

/** The size an oEmbed consumer reserves: the chart page's column, and the height the iframe code starts at (the loader then fits it). */
export const OEMBED_SIZE = { width: 760, height: 480 } as const;

/** The licence the charts are published under (oEmbed has no field for it: `license` and `license_url` are ours). */
export const LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** An oEmbed response of type `rich` (https://oembed.com/, section 2.3.4), with the licence added. */
export interface OembedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  author_name: string;
  author_url: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  license: string;
  license_url: string;
}

export interface OembedInput {
  /** The site's absolute address, ending in `/`. */
  site: string;
  choice: Pick<EmbedChoice, 'chart' | 'view' | 'lang'>;
  /** The chart's title in the view and language. */
  title: string;
  /** Who made it (the story's byline), and the story's page from the site root. */
  author: { name: string; story: string };
  /** The site's name in the language. */
  provider: string;
}

/** Where the build writes a chart page's oEmbed JSON, from the site root: beside the page. */
export const oembedPath = (choice: OembedInput['choice']): string => `${embedPath(choice)}oembed.json`;

/** The oEmbed answer for one chart page: its iframe code exactly as the embed dialog writes it. */
export function oembedJson({ site, choice, title, author, provider }: OembedInput): OembedRich {
  return {
    version: '1.0',
    type: 'rich',
    title,
    author_name: author.name,
    author_url: new URL(author.story, site).href,
    provider_name: provider,
    provider_url: site,
    html: iframeEmbedCode(site, { ...choice, theme: 'auto' }, { title, height: OEMBED_SIZE.height }),
    width: OEMBED_SIZE.width,
    height: OEMBED_SIZE.height,
    license: LICENSE.name,
    license_url: LICENSE.url,
  };
}
