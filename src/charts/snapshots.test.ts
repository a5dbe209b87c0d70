import { describe, expect, test } from 'vitest';
import { bundle } from '../model/bundle.ts';
import type { Lang } from '../model/types.ts';
import { svgSnapshot } from '../test-utils/svg-snapshot.ts';
import type { Size } from './kit/size.ts';
import { CHART_TAGS, CHART_VIEWS, type ChartId } from './kit/registry.ts';
import { CHART_DEFINITIONS, CHART_FOLDERS } from './definitions.ts';

/**
 * One table over every chart (definitions.ts) and every view it names (kit/registry.ts): each view is drawn in Chinese
 * at a desktop size and in English at a phone size, to src/charts/<folder>/__snapshots__/<view>-<lang>.svg.
 */
const SIZES: Record<Lang, Size> = { zh: { width: 640, height: 400 }, en: { width: 360, height: 300 } };

/** The static SVG a chart draws for a view, exactly as the build prerenders it. */
function draw(id: ChartId, view: string, lang: Lang, size: Size = SIZES[lang]): string {
  const chart = CHART_DEFINITIONS[id];
  const entry = CHART_TAGS[id];
  return svgSnapshot(chart.plot(chart.model(bundle, view, size, lang, 'dataset' in entry ? entry.dataset : undefined)));
}

const views = (Object.keys(CHART_VIEWS) as ChartId[]).flatMap((id) =>
  CHART_VIEWS[id].flatMap((view) => (['zh', 'en'] as const).map((lang) => [id, view, lang] as const)),
);

describe('chart snapshots', () => {
  test.each(views)('%s, view %s, %s: draws the same SVG as its snapshot', async (id, view, lang) => {
    await expect(draw(id, view, lang)).toMatchFileSnapshot(`./${CHART_FOLDERS[id]}/__snapshots__/${view}-${lang}.svg`);
  });
});

/** What one chart's drawing must show beyond its snapshot: a rule each reader relies on, counted in the SVG. */
interface Check {
  id: ChartId;
  view: string;
  lang: Lang;
  what: string;
  check: (svg: string) => void;
}

const count = (svg: string, pattern: RegExp): number => svg.match(pattern)?.length ?? 0;

const checks: Check[] = [
  {
    id: 'figures',
    view: 'place',
    lang: 'en',
    what: 'only tiles carry keys, so each fades in as one',
    check: (svg) => expect(count(svg, /data-k=/g)).toBe(4),
  },
  {
    id: 'map',
    view: 'quzhou',
    lang: 'en',
    what: 'land is a backdrop; the highlighted unit is a mark',
    check: (svg) => {
      expect(count(svg, /<path data-k="county-\d+" class="backdrop"/g)).toBe(5);
      expect(svg).toMatch(/<path data-k="kecheng"\s+d="M[^"]+"\s+fill="var\(--_actual\)"/);
    },
  },
  {
    id: 'map',
    view: 'townships',
    lang: 'zh',
    what: 'every tile of the tile map is keyed by its code, so tiles fade in as units',
    check: (svg) => expect(count(svg, /data-k="tile-330802\d{3}"/g)).toBe(18),
  },
  {
    id: 'scorecard',
    view: 'all',
    lang: 'en',
    what: 'every tile shows its status by glyph as well as colour',
    check: (svg) => {
      expect(count(svg, />✓</g)).toBe(9);
      expect(count(svg, />✗</g)).toBe(8);
      expect(count(svg, />\?</g)).toBe(4);
    },
  },
  {
    id: 'scorecard',
    view: 'plan-2025',
    lang: 'en',
    what: 'the plan-2025 ledger draws a "?" box for every indicator, a bullseye for every target and a square for every binding one',
    check: (svg) => {
      expect(count(svg, />\?</g)).toBe(22);
      expect(count(svg, /stroke-dasharray="3 2"/g)).toBe(22);
      expect(count(svg, /stroke="var\(--_target\)"/g)).toBe(22);
      expect(count(svg, /<rect data-k="plan-binding-[^"]+"[^>]*fill="var\(--_target\)"/g)).toBe(6);
    },
  },
  {
    id: 'structure',
    view: 'all',
    lang: 'en',
    what: 'the target bar’s segments are hatched and outlined as every planned value is',
    check: (svg) => expect(count(svg, /fill="url\(#kc-planned-hatch\)"\s+stroke="var\(--_target\)"/g)).toBe(3),
  },
  {
    id: 'villages',
    view: 'targets-2026',
    lang: 'en',
    what: 'base-level squares are outlines, upper-level squares filled',
    check: (svg) => {
      expect(count(svg, /fill="var\(--_bg\)" stroke="var\(--_target\)"/g)).toBe(84 + 1);
      expect(count(svg, /fill="var\(--_target\)" stroke="var\(--_target\)"/g)).toBe(127 + 1);
    },
  },
];

describe('what the drawings show', () => {
  test.each(checks)('$id, view $view: $what', ({ id, view, lang, check }) => {
    check(draw(id, view, lang, SIZES.zh));
  });
});
