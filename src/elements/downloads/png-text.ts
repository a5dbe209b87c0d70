/**
 * Text in a PNG file's own metadata (iTXt chunks, UTF-8, so Chinese is kept as written): what an image viewer
 * or a photo library shows as the file's title, author and copyright. A canvas writes PNGs without any.
 */

const SIGNATURE_LENGTH = 8;

let crcTable: Uint32Array | undefined;
/** The CRC-32 PNG chunks carry (ISO 3309, as zlib computes it). */
export function crc32(bytes: Uint8Array): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** One uncompressed iTXt chunk: keyword (Latin-1, 1–79 characters), then the UTF-8 text. */
export function itxtChunk(keyword: string, text: string): Uint8Array {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword)) throw new Error(`a PNG text keyword must be 1–79 printable Latin characters: "${keyword}"`);
  const encoder = new TextEncoder();
  // keyword, NUL, compression flag 0, method 0, no language tag (NUL), no translated keyword (NUL), text.
  const data = new Uint8Array([...encoder.encode(keyword), 0, 0, 0, 0, 0, ...encoder.encode(text)]);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(encoder.encode('iTXt'), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/** The PNG with a text chunk for each entry, placed right after its header chunk (IHDR). */
export function withPngText(png: Uint8Array, entries: readonly (readonly [keyword: string, text: string])[]): Uint8Array<ArrayBuffer> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const type = new TextDecoder().decode(png.subarray(SIGNATURE_LENGTH + 4, SIGNATURE_LENGTH + 8));
  if (png.length < SIGNATURE_LENGTH + 12 || type !== 'IHDR') throw new Error('not a PNG file: no header chunk');
  const afterHeader = SIGNATURE_LENGTH + 12 + view.getUint32(SIGNATURE_LENGTH);
  const chunks = entries.map(([keyword, text]) => itxtChunk(keyword, text));
  const out = new Uint8Array(png.length + chunks.reduce((sum, c) => sum + c.length, 0));
  out.set(png.subarray(0, afterHeader));
  let at = afterHeader;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  out.set(png.subarray(afterHeader), at);
  return out;
}
