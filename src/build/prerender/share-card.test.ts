import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../story/load-story.ts';
import { standalonePlotSvg } from './static-chart.ts';
import { headlineLines, lightThemeColours, resolvedChartSvg, SHARE_SIZE, shareCardSvg } from './share-card.ts';

const data = loadData(resolve(import.meta.dirname, '../../..'));

describe('lightThemeColours() and resolvedChartSvg(svg)', () => {
  it('reads the light value of each theme colour', () => {
    expect(lightThemeColours()).toMatchObject({ _actual: '#0a6a94', _bg: '#ffffff', _fg: '#1d1d1f' });
  });

  it('writes a chart without CSS custom properties or a style sheet, for resvg', () => {
    const svg = resolvedChartSvg(standalonePlotSvg('gdp', 'target', 'zh', data));
    expect(svg).not.toMatch(/var\(|<style/);
    expect(svg).toContain('#0a6a94');
    expect(() => resolvedChartSvg('<svg><rect fill="var(--_nothing)"/></svg>')).toThrow(/var\(--_nothing\)/);
  });
});

describe('headlineLines(text, lang, width, size)', () => {
  it('breaks Chinese between words, keeps a number with its measure word and punctuation with its word', () => {
    const lines = headlineLines('柯城自评“十三五”：9项目标完成，8项未完成', 'zh', 540, 50);
    expect(lines).toEqual(['柯城自评“十三五”：', '9项目标完成，', '8项未完成']);
  });

  it('leaves no last line of a word or two', () => {
    const lines = headlineLines('By its own count, Kecheng met 9 of its 2016–2020 plan targets and missed 8', 'en', 540, 50);
    expect(lines.join(' ')).toBe('By its own count, Kecheng met 9 of its 2016–2020 plan targets and missed 8');
    expect((lines.at(-1) ?? '').length).toBeGreaterThanOrEqual(6);
  });
});

describe('shareCardSvg(input)', () => {
  const svg = shareCardSvg({
    lang: 'en',
    headline: 'Kecheng <met> & "missed"',
    siteName: 'Kecheng, five years',
    chartTitle: 'GDP',
    chartSvg: resolvedChartSvg(standalonePlotSvg('gdp', 'target', 'en', data)),
    footer: 'Data desk · 2026-12-07',
    host: 'kecheng.example',
  });

  it('is 1200 × 630 with the chart nested at its own aspect', () => {
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_SIZE.width}" height="${SHARE_SIZE.height}"`));
    expect(svg).toMatch(/<svg x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" viewBox="0 0 400 250"/);
  });

  it('escapes the text it sets', () => {
    expect(svg).toContain('>Kecheng &#60;met&#62; &#38;</tspan><tspan x="64" dy="64">&#34;missed&#34;</tspan>');
    expect(svg).toContain('>kecheng.example</tspan>');
  });
});
