import { crc32 as zlibCrc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, itxtChunk, withPngText } from './png-text.ts';

/** A valid 1×1 PNG: signature, IHDR, IDAT, IEND. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlibCrc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(Buffer.from([0, 0, 0, 0, 0]))),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}

/** Each chunk of a PNG: its type, its data, and whether its CRC is right. */
function chunks(png: Uint8Array): { type: string; data: Buffer; crcOk: boolean }[] {
  const buf = Buffer.from(png);
  const out = [];
  for (let at = 8; at < buf.length;) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + length);
    out.push({ type, data, crcOk: buf.readUInt32BE(at + 8 + length) === zlibCrc32(buf.subarray(at + 4, at + 8 + length)) });
    at += 12 + length;
  }
  return out;
}

describe('PNG text chunks', () => {
  it('computes the CRC as zlib does', () => {
    for (const text of ['', 'IEND', 'iTXtCopyright\0\0\0\0\0柯城五年, CC BY 4.0']) {
      const bytes = new TextEncoder().encode(text);
      expect(crc32(bytes)).toBe(zlibCrc32(bytes));
    }
  });

  it('puts each entry after the header as an iTXt chunk, UTF-8, with a valid CRC, and keeps the image', () => {
    const png = tinyPng();
    const out = withPngText(png, [
      ['Title', '柯城区地区生产总值'],
      ['Copyright', '柯城五年（Kecheng, five years），CC BY 4.0'],
    ]);
    const list = chunks(out);
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'iTXt', 'iTXt', 'IDAT', 'IEND']);
    expect(list.every((c) => c.crcOk)).toBe(true);
    const [keyword, ...rest] = list[2]!.data.toString('utf8').split('\0');
    expect(keyword).toBe('Copyright');
    expect(rest.at(-1)).toBe('柯城五年（Kecheng, five years），CC BY 4.0');
    // The original chunks are there byte for byte.
    expect(Buffer.from(out.subarray(out.length - 12 - chunks(png)[1]!.data.length - 12))).toEqual(Buffer.from(png.subarray(33)));
  });

  it('refuses a keyword a PNG reader would reject, and a file that is not a PNG', () => {
    expect(() => itxtChunk('', 'x')).toThrow(/keyword/);
    expect(() => itxtChunk('版权', 'x')).toThrow(/keyword/);
    expect(() => withPngText(new Uint8Array(40), [['Title', 'x']])).toThrow(/not a PNG/);
  });
});
