import { describe, expect, test } from 'vitest';
import { frameStyles } from './frame-styles.ts';

describe('frame styles', () => {
  test('no rule hides the subtitle at any width: it can carry the step’s point (gdp-break)', () => {
    const rules = frameStyles.cssText.split('}');
    const hiding = rules.filter((r) => /\.subtitle[^{]*\{[^}]*display:\s*none/.test(r));
    expect(hiding).toEqual([]);
  });
});
