import { describe, expect, it } from 'vitest';
import { sharePng } from './share-image.ts';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer): { width: number; height: number } => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="#fbfbf8"/><text x="40" y="100" font-size="40">柯城 Kecheng</text></svg>`;

describe('sharePng(svg, warn, fontFiles)', () => {
  it('renders a 1200 × 630 PNG', () => {
    const png = sharePng(svg, () => {});
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it('still renders without its font files, and says so', () => {
    const warnings: string[] = [];
    const png = sharePng(svg, (m) => warnings.push(m), ['/nonexistent/NotoSansCJK-Regular.ttc']);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(warnings).toEqual([expect.stringMatching(/font file\(s\) missing: \/nonexistent\/NotoSansCJK-Regular\.ttc/)]);
  });
});
