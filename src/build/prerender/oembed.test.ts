import { describe, expect, it } from 'vitest';
import { iframeEmbedCode } from '../../elements/tools/embed-code.ts';
import { oembedJson, oembedPath } from './oembed.ts';

const input = {
  site: 'https://news.example.com/kecheng/',
  choice: { chart: 'gdp', view: 'target', lang: 'en' },
  title: 'The 2026 goal: "80 billion"',
  author: { name: 'Data desk', story: 'en/' },
  provider: '柯城五年 · Kecheng, five years',
} as const;

describe('oembedPath(choice)', () => {
  it('is beside the chart page', () => {
    expect(oembedPath({ chart: 'map', view: 'plan', lang: 'zh' })).toBe('embed/map/plan/zh/oembed.json');
  });
});

describe('oembedJson(input)', () => {
  const json = oembedJson(input);
  it('is a rich oEmbed answer with its size, title, author, provider and licence', () => {
    expect(json).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: 'The 2026 goal: "80 billion"',
      author_name: 'Data desk',
      author_url: 'https://news.example.com/kecheng/en/',
      provider_name: '柯城五年 · Kecheng, five years',
      provider_url: 'https://news.example.com/kecheng/',
      width: 760,
      height: 480,
      license: 'CC BY 4.0',
      license_url: 'https://creativecommons.org/licenses/by/4.0/',
    });
  });
  it("embeds with the dialog's own iframe code, at the chart's static page", () => {
    expect(json.html).toBe(iframeEmbedCode(input.site, { ...input.choice, theme: 'auto' }, { title: input.title, height: 480 }));
    expect(json.html).toContain(
      '<iframe src="https://news.example.com/kecheng/embed/gdp/target/en/" title="The 2026 goal: &quot;80 billion&quot;"',
    );
  });
  it('survives JSON', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
