import { describe, expect, test } from 'vitest';
import { bundle } from '../model/bundle.ts';
import { CHART_DEFINITIONS } from './definitions.ts';

describe('each step says its own point', () => {
  test.each([
    ['plan', 'gdp-2025'],
    ['target', 'gdp-2026'],
  ] as const)('the gdp %s chart (the level) and the %s pace chart (the rate) carry different titles in both languages', (level, pace) => {
    for (const lang of ['zh', 'en'] as const) {
      const size = { width: 366, height: 300 };
      const a = CHART_DEFINITIONS.gdp.model(bundle, level, size, lang).text.title;
      const b = CHART_DEFINITIONS.tracker.model(bundle, pace, size, lang).text.title;
      expect(a).not.toBe(b);
      expect(b.startsWith(lang === 'zh' ? '所需增速' : 'The pace required')).toBe(true);
      expect(a).not.toMatch(/需年均增长|must grow|had to grow/);
    }
  });
});
