import { describe, expect, test } from 'vitest';
import { balancedLines } from './balanced-lines.ts';

describe('balancedLines(label, maxLines, size, bold)', () => {
  test.each([
    ['综合实力', 2, ['综合', '实力']],
    ['治理现代化', 2, ['治理', '现代化']],
    ['综合实力', 1, ['综合实力']],
    ['Overall strength', 2, ['Overall', 'strength']],
    ['Environment', 2, ['Environment']],
    ['Environ\u00adment', 2, ['Environ-', 'ment']],
    ['Environ\u00adment', 1, ['Environment']],
    ['Modern gover\u00adnance', 3, ['Modern', 'gover-', 'nance']],
  ] as [string, number, string[]][])('sets %s in at most %i lines as %o', (label, maxLines, lines) => {
    expect(balancedLines(label, maxLines, 12, true)).toEqual(lines);
  });
});
