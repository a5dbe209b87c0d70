import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadData, loadStory } from '../story/load-story.ts';
import { standalonePlotSvg, staticChartHtml } from './static-chart.ts';
import { staticChartPath, staticFigureHtml } from './static-figure.ts';

const root = resolve(import.meta.dirname, '../../..');
const data = loadData(root);
const stories = loadStory(root, 'kecheng-five-years', data);

describe('staticChartHtml(chart, view, lang, data)', () => {
  it('draws the chart in a declarative shadow root of its own element, with its frame', () => {
    const html = staticChartHtml('gdp', 'break', 'en', data, { fill: true });
    expect(html).toMatch(
      /^<kc-line-chart fill lang="en" view="break" dataset="gdp" data-chart="gdp"><template shadowrootmode="open"><style>/,
    );
    expect(html).toContain('58.7 billion yuan');
    expect(html).toContain('<svg');
    expect(html).not.toContain('<!--');
  });
});

describe('standalonePlotSvg(chart, view, lang, data)', () => {
  it.each(stories.zh.steps.map((s) => [s.id, s.chart, s.view] as const))(
    'the %s chart is a standalone SVG document with its own styles',
    (_id, chart, view) => {
      const svg = standalonePlotSvg(chart, view, 'zh', data);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg).toMatch(/<style>[^<]*--_fg:/);
      expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    },
  );
});

describe('staticFigureHtml(step, lang, data, rootPrefix)', () => {
  const step = stories.en.steps.find((s) => s.id === 'gdp-target');
  if (!step) throw new Error('no gdp-target step');
  const html = staticFigureHtml(step, 'en', data, '../');

  it('points its image at the standalone chart, with the summary as alternative text', () => {
    expect(staticChartPath('en', 'gdp-target')).toBe('charts/en/gdp-target.svg');
    expect(html).toContain('<img src="../charts/en/gdp-target.svg" alt="');
    expect(html).toMatch(/alt="[^"]*80 billion yuan/);
  });

  it('carries the source line and the data table', () => {
    expect(html).toContain('Source');
    expect(html).toMatch(/<table><thead><tr><th scope="col">/);
  });
});
