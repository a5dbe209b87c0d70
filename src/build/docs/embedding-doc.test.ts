import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHART_VIEWS } from '../../charts/kit/registry.ts';
import { CHART_TAGS } from '../../charts/kit/registry.ts';
import { chartsSection, withChartsSection } from './embedding-doc.ts';

const doc = readFileSync(resolve(import.meta.dirname, '../../../EMBEDDING.md'), 'utf8');

// Drawing every view of every chart in both languages (for the titles) takes a few seconds: once.
let section = '';
beforeAll(() => {
  section = chartsSection();
}, 60_000);

describe('EMBEDDING.md', () => {
  it('lists every chart of the catalogue as the generator writes it (run node scripts/embedding-doc.mjs)', { timeout: 60_000 }, () => {
    expect(withChartsSection(doc)).toBe(doc);
  });
  it('names every chart id, its tag and each of its views', () => {
    for (const [id, entry] of Object.entries(CHART_TAGS)) {
      expect(section).toContain(`### \`${id}\``);
      expect(section).toContain(`<${entry.tag}`);
      for (const view of CHART_VIEWS[id as keyof typeof CHART_VIEWS]) expect(section).toContain(`- \`${view}\` — `);
    }
  });
  it('gives both codes in the agreed form', () => {
    expect(section).toContain(
      '<script type="module" src="https://<site>/lib/kc-charts.js"></script>\n<kc-line-chart dataset="gdp" view="record" lang="en"></kc-line-chart>',
    );
    expect(section).toMatch(
      /<iframe src="https:\/\/<site>\/embed\/gdp\/record\/zh\/" title="[^"]+" width="100%" height="480" style="border:0;width:100%" loading="lazy"><\/iframe>\n<script src="https:\/\/<site>\/embed\/loader.js" async><\/script>/,
    );
  });
});
