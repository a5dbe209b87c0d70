import { describe, expect, test } from 'vitest';
import { wrapText } from './wrap-text.ts';

describe('wrapText', () => {
  test('wrapText keeps a line that fits whole', () => {
    expect(wrapText('Urban residents', 200, 12)).toEqual(['Urban residents']);
  });
  test('wrapText breaks English at spaces', () => {
    expect(wrapText('Retail sales of consumer goods', 80, 12)).toEqual(['Retail sales', 'of consumer', 'goods']);
  });
  test('wrapText breaks Chinese between characters but never before closing punctuation', () => {
    const lines = wrapText('城乡居民收入，倍差缩小', 72, 12);
    expect(lines.every((l) => !l.startsWith('，'))).toBe(true);
    expect(lines.join('')).toBe('城乡居民收入，倍差缩小');
  });
  test('wrapText(…, maxLines) ends the last kept line with an ellipsis', () => {
    const lines = wrapText('one two three four five six seven', 40, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
});
