import { describe, expect, it } from 'vitest';
import { parseEmbedParams, staticPageRequest } from './params.ts';

describe('parseEmbedParams(search)', () => {
  it('reads chart, view, lang and theme, with the chart as the default id', () => {
    expect(parseEmbedParams('?chart=gdp&view=target&lang=en&theme=dark')).toEqual({
      ok: true,
      request: { chart: 'gdp', view: 'target', lang: 'en', theme: 'dark', id: 'gdp' },
    });
  });
  it('without parameters shows the first chart, default view, in Chinese, following the system theme', () => {
    expect(parseEmbedParams('')).toEqual({ ok: true, request: { chart: 'gdp', view: '', lang: 'zh', id: 'gdp' } });
  });
  it('takes the id parameter, cut to 100 characters', () => {
    const parsed = parseEmbedParams(`?chart=figures&id=${'x'.repeat(150)}`);
    expect(parsed.ok && parsed.request.id).toBe('x'.repeat(100));
  });
  it('an unknown chart is a problem, not an exception', () => {
    expect(parseEmbedParams('?chart=gdpp&lang=en')).toMatchObject({ ok: false, lang: 'en', problems: [{ kind: 'chart', value: 'gdpp' }] });
  });
  it('an unknown view of a known chart is a problem', () => {
    expect(parseEmbedParams('?chart=income&view=target')).toMatchObject({ ok: false, problems: [{ kind: 'view', value: 'target' }] });
  });
  it('an unknown language or theme is a problem, and the language is then unknown', () => {
    expect(parseEmbedParams('?chart=gdp&lang=fr&theme=blue')).toMatchObject({
      ok: false,
      lang: undefined,
      problems: [
        { kind: 'lang', value: 'fr' },
        { kind: 'theme', value: 'blue' },
      ],
    });
  });
  it('an empty theme follows the system', () => {
    expect(parseEmbedParams('?theme=')).toMatchObject({ ok: true });
  });
});

describe('staticPageRequest(page, search)', () => {
  const page = { chart: 'gdp', view: 'target', lang: 'en' } as const;
  it('takes chart, view and language from the page, the chart as the id', () => {
    expect(staticPageRequest(page, '')).toEqual({ chart: 'gdp', view: 'target', lang: 'en', id: 'gdp' });
  });
  it('takes the theme and the id from the address; the page wins over chart, view and lang there', () => {
    expect(staticPageRequest(page, '?theme=dark&id=top&chart=map&lang=zh')).toEqual({ ...page, theme: 'dark', id: 'top' });
  });
  it('ignores an unknown theme: the chart is already on the page', () => {
    expect(staticPageRequest(page, '?theme=sepia')).toEqual({ ...page, id: 'gdp' });
  });
});
