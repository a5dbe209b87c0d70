import { withPngText } from './png-text.ts';

/**
 * Draws an SVG document onto a canvas at `scale` times its size and returns it as PNG, with `text` in the file's
 * metadata (title, author, copyright). The image comes from a blob URL of the same origin and the SVG loads
 * nothing from outside, so the canvas is not tainted.
 */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = 2,
  text: readonly (readonly [keyword: string, text: string])[] = [],
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const drawn = await new Promise<Blob>((done, fail) =>
      canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('the canvas gave no PNG'))), 'image/png'),
    );
    return text.length ? new Blob([withPngText(new Uint8Array(await drawn.arrayBuffer()), text)], { type: 'image/png' }) : drawn;
  } finally {
    URL.revokeObjectURL(url);
  }
}
