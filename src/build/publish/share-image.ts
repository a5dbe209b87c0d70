import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { SHARE_FONT, SHARE_SIZE } from '../prerender/share-card.ts';

/**
 * The CJK font the share images are set in: Debian's fonts-noto-cjk, which CI installs (.ci/run). Regular and
 * bold; the story's own font stack names Noto Sans CJK SC.
 */
export const SHARE_FONT_FILES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
];

/**
 * Symbols the CJK font lacks (the scorecard's ✗), which resvg takes from the next font that has them: Debian's
 * fonts-dejavu-core (.ci/run installs it too). Without it the image is still made, with a box for each.
 */
export const SYMBOL_FONT_FILES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
];

/**
 * Renders the share card's SVG to a 1200 × 630 PNG with resvg. Without the font files the image is still made,
 * from the system's fonts (Chinese may then show as boxes), and `warn` says so: the build does not fail for it.
 */
export function sharePng(svg: string, warn: (message: string) => void, fontFiles: readonly string[] = SHARE_FONT_FILES): Buffer {
  const found = fontFiles.filter((file) => existsSync(file));
  if (found.length < fontFiles.length) {
    const missing = fontFiles.filter((file) => !found.includes(file));
    warn(
      `share image: font file(s) missing: ${missing.join(', ')}; using the system's fonts (install fonts-noto-cjk for the Chinese text)`,
    );
  }
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: SHARE_SIZE.width },
    font: {
      fontFiles: [...found, ...SYMBOL_FONT_FILES.filter((file) => existsSync(file))],
      loadSystemFonts: found.length === 0,
      defaultFontFamily: SHARE_FONT,
    },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
