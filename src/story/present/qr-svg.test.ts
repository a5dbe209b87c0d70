import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrModules, qrShape } from './qr-svg.ts';

/** Paints the path's rectangles black on white at `scale` pixels a module: the RGBA a decoder reads. */
function paint(path: string, side: number, scale = 4): { data: Uint8ClampedArray; width: number } {
  const width = side * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  const runs = [...path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
  // The path is nothing but runs of this form.
  expect(runs.map((m) => m[0]).join('')).toBe(path);
  for (const [, x0, y0, w] of runs) {
    for (let y = Number(y0) * scale; y < (Number(y0) + 1) * scale; y += 1)
      for (let x = Number(x0) * scale; x < (Number(x0) + Number(w)) * scale; x += 1)
        data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
  }
  return { data, width };
}

describe('qrShape(text)', () => {
  it.each([
    'https://example.org/en/#gdp-target',
    'http://127.0.0.1:4173/#%E5%BC%80%E7%AF%87',
    'file:///media/usb/kecheng-five-years-en.html#gdp-break',
    `file:///home/teacher/${'lesson/'.repeat(20)}kecheng-five-years-zh.html#population-2020`,
  ])('decodes to the text it was given: %s', (text) => {
    const { side, path } = qrShape(text);
    const { data, width } = paint(path, side);
    expect(jsQR(data, width, width)?.data).toBe(text);
  });

  it('leaves a quiet zone of four modules on every side, and merges runs into one rectangle each', () => {
    const text = 'https://example.org/en/#gdp-target';
    const rows = qrModules(text);
    const { side, path } = qrShape(text);
    expect(side).toBe(rows.length + 2 * QUIET_ZONE);
    const cells = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map(([, x, y, w]) => [Number(x), Number(y), Number(w)] as const);
    for (const [x, y, w] of cells) {
      expect(x).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(y).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(x + w).toBeLessThanOrEqual(side - QUIET_ZONE);
      expect(y).toBeLessThan(side - QUIET_ZONE);
    }
    const dark = rows.flat().filter(Boolean).length;
    expect(cells.reduce((sum, [, , w]) => sum + w, 0)).toBe(dark);
    // A finder pattern's top row is one run of seven.
    expect(path.startsWith(`M${QUIET_ZONE} ${QUIET_ZONE}h7v1h-7z`)).toBe(true);
  });

  it('keeps a short address small: large modules for the back row', () => {
    // Version 3 (29 modules) holds a typical step address at level M.
    expect(qrModules('https://example.org/en/#gdp-target').length).toBeLessThanOrEqual(29);
  });
});
