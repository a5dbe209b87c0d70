import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { themeStyles } from './theme.ts';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** Each token's light and dark default, read from the theme's own stylesheet. */
const TOKENS = Object.fromEntries(
  [...themeStyles.cssText.matchAll(/--_([\w-]+): var\(--kc-[\w-]+, light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)\)/g)].map((m) => [
    m[1],
    { light: m[2] as string, dark: m[3] as string },
  ]),
);

/** Colours a chart draws marks and labels in: each also sets text, so each needs 4.5:1 (3:1 would do for a mark). */
const INKS = [
  'actual',
  'estimate',
  'target',
  'required',
  'met',
  'missed',
  'unpublished',
  'urban',
  'rural',
  'primary',
  'secondary',
  'tertiary',
];

/** Kinds, meanings and statuses: no category may take one of their colours (actual, solid, is the data's own ink). */
const RESERVED = ['estimate', 'target', 'required', 'met', 'missed', 'unpublished'];
const CATEGORIES = ['urban', 'rural', 'primary', 'secondary', 'tertiary'];

describe('theme colours', () => {
  test.each(INKS)('%s reads at 4.5:1 on the background, light and dark', (token) => {
    const { bg } = TOKENS;
    const ink = TOKENS[token];
    expect(ink, token).toBeDefined();
    expect(contrast(ink!.light, bg!.light)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(ink!.dark, bg!.dark)).toBeGreaterThanOrEqual(4.5);
  });

  test('no category reuses the colour of a kind, a meaning or a status', () => {
    const reserved = new Set(RESERVED.flatMap((t) => [TOKENS[t]?.light, TOKENS[t]?.dark]));
    for (const c of CATEGORIES)
      expect(
        [TOKENS[c]?.light, TOKENS[c]?.dark].filter((v) => reserved.has(v)),
        c,
      ).toEqual([]);
  });

  test('the projector’s colours: every one of them at 7:1 on white, and none missing', () => {
    const css = readFileSync(new URL('../styles/present-projector.css', import.meta.url), 'utf8');
    const block = css.slice(css.indexOf('html.kc-projector {'));
    for (const token of INKS) {
      const value = block.match(new RegExp(`--kc-${token}: (#[0-9a-f]{6});`))?.[1];
      expect(value, token).toBeDefined();
      expect(contrast(value!, '#ffffff'), token).toBeGreaterThanOrEqual(7);
    }
  });
});
