import { encode } from 'uqr';

/**
 * A QR code as one SVG path (issue 17), for the slide show's phone dialog: pure, no DOM. Error correction M (15 %),
 * enough for a projected image seen at an angle, while keeping the modules large for the back row.
 */

/** Modules of white around the code, as the standard asks, so a camera finds its edges on any background. */
export const QUIET_ZONE = 4;

export interface QrShape {
  /** Modules along a side, quiet zone included: the SVG's viewBox is `0 0 side side`. */
  side: number;
  /** The dark modules as one path, rows of runs: `M4 4h7v1h-7z…`. */
  path: string;
}

/** Which modules are dark, row by row, without the quiet zone. */
export function qrModules(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: 0 }).data;
}

/** The dark modules as a path in module units, the quiet zone around them; each row's runs merged into one rectangle. */
export function qrShape(text: string): QrShape {
  const rows = qrModules(text);
  const parts: string[] = [];
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length;) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      let end = x;
      while (row[end]) end += 1;
      parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${end - x}v1h${x - end}z`);
      x = end;
    }
  });
  return { side: rows.length + 2 * QUIET_ZONE, path: parts.join('') };
}
