import { deflateSync } from 'node:zlib';
import { crc32, PNG_SIGNATURE } from '../pngChunk';

/** Test helpers (Node only): hand-made PNG files and chunks. */

export const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
export const utf8 = (text: string) => new TextEncoder().encode(text);
export const zlib = (bytes: Uint8Array) => new Uint8Array(deflateSync(bytes));

export function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** One chunk: length, type, data, CRC. */
export function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(ascii(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(ascii(type), data));
  return out;
}

/** A real 2×1 RGBA PNG (one red, one transparent pixel), with extra chunks before IEND. */
export function tinyPng(...extra: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, 2);
  view.setUint32(4, 1);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const pixels = Uint8Array.of(0, 255, 0, 0, 255, 0, 0, 0, 0);
  return concat(
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib(pixels)),
    ...extra,
    chunk('IEND', new Uint8Array()),
  );
}

/** The chunk types in order, after the signature. */
export function chunkTypes(png: Uint8Array): string[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const types: string[] = [];
  for (let at = 8; at < png.length; at += 12 + view.getUint32(at))
    types.push(String.fromCharCode(...png.subarray(at + 4, at + 8)));
  return types;
}
