/**
 * The blueprint inside an exported PNG: an iTXt chunk with our keyword, its UTF-8 text
 * zlib-compressed (PNG compression method 0, which is what CompressionStream('deflate') makes).
 * iTXt rather than zTXt because zTXt text is Latin-1 by the PNG specification; Chinese labels
 * must survive byte for byte. Pure: runs in the browser and in Node 20 (Vitest).
 */

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
export const BLUEPRINT_KEYWORD = 'service-blueprint';
/** A blueprint that inflates past this is refused as damaged (a "zip bomb" guard). */
export const MAX_BLUEPRINT_BYTES = 64 * 1024 * 1024;

export type ExtractResult =
  { ok: true; json: string } | { ok: false; reason: 'notPng' | 'noBlueprint' | 'corrupt' };

interface Chunk {
  type: string;
  /** Offset of the chunk's length field in the file. */
  start: number;
  /** Offset just past its CRC. */
  end: number;
  data: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG uses it (ISO 3309), over the given byte runs in order. */
export function crc32(...parts: Uint8Array[]): number {
  let c = 0xffffffff;
  for (const bytes of parts)
    for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function hasPngSignature(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/**
 * Every chunk from the signature to IEND, checking lengths and CRCs. Undefined when the file
 * is cut short, a length runs past the end, a CRC is wrong or there is no IEND.
 */
function readChunks(png: Uint8Array): Chunk[] | undefined {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Chunk[] = [];
  let at = PNG_SIGNATURE.length;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (length > 0x7fffffff || end > png.length) return undefined;
    const typeBytes = png.subarray(at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (crc32(typeBytes, data) !== view.getUint32(at + 8 + length)) return undefined;
    const chunk = { type: latin1(typeBytes), start: at, end, data };
    chunks.push(chunk);
    if (chunk.type === 'IEND') return chunks;
    at = end;
  }
  return undefined;
}

function makeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  const typeBytes = ascii(type);
  view.setUint32(0, data.length);
  out.set(typeBytes, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(typeBytes, data));
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The PNG specification's longest keyword: a chunk without a NUL by then is not a text chunk. */
const MAX_KEYWORD = 79;

/** Where the keyword ends (its NUL), looked for only where the specification allows it. */
function keywordEnd(data: Uint8Array): number {
  return data.subarray(0, MAX_KEYWORD + 1).indexOf(0);
}

/** The iTXt fields, or undefined when the chunk is not laid out as iTXt must be. */
function parseITxt(data: Uint8Array):
  | {
      keyword: string;
      compressed: boolean;
      text: Uint8Array;
    }
  | undefined {
  const end = keywordEnd(data);
  if (end < 1 || end + 3 > data.length) return undefined;
  const compressed = data[end + 1];
  const method = data[end + 2];
  if ((compressed !== 0 && compressed !== 1) || method !== 0) return undefined;
  const languageEnd = data.indexOf(0, end + 3);
  if (languageEnd < 0) return undefined;
  const translatedEnd = data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) return undefined;
  return {
    keyword: latin1(data.subarray(0, end)),
    compressed: compressed === 1,
    text: data.subarray(translatedEnd + 1),
  };
}

/** The keyword of a text chunk (tEXt, zTXt, iTXt), read without checking the rest. */
function textKeyword(chunk: Chunk): string | undefined {
  if (chunk.type !== 'iTXt' && chunk.type !== 'zTXt' && chunk.type !== 'tEXt') return undefined;
  const end = keywordEnd(chunk.data);
  return end > 0 ? latin1(chunk.data.subarray(0, end)) : undefined;
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates a zlib stream; undefined when it is damaged or inflates past `limit` bytes. */
async function inflate(bytes: Uint8Array, limit: number): Promise<Uint8Array | undefined> {
  const reader = new Blob([bytes.slice()])
    .stream()
    .pipeThrough(new DecompressionStream('deflate'))
    .getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel();
        return undefined;
      }
      parts.push(value);
    }
  } catch {
    return undefined;
  }
  return concat(parts);
}

/**
 * Puts the blueprint JSON into the PNG just before IEND (replacing one embedded earlier).
 * Throws if `png` is not a whole, undamaged PNG: that would be a bug in the caller.
 */
export async function embedBlueprint(png: Uint8Array, json: string): Promise<Uint8Array> {
  if (!hasPngSignature(png)) throw new Error('not a PNG image');
  const chunks = readChunks(png);
  if (!chunks) throw new Error('the PNG image is damaged');
  const text = await deflate(new TextEncoder().encode(json));
  const header = concat([ascii(BLUEPRINT_KEYWORD), Uint8Array.of(0, 1, 0, 0, 0)]);
  const ours = makeChunk('iTXt', concat([header, text]));
  const kept = chunks
    .filter((c) => c.type !== 'IEND' && textKeyword(c) !== BLUEPRINT_KEYWORD)
    .map((c) => png.subarray(c.start, c.end));
  const iend = chunks[chunks.length - 1]!;
  return concat([PNG_SIGNATURE, ...kept, ours, png.subarray(iend.start, iend.end)]);
}

/** The blueprint JSON embedded by `embedBlueprint`, or why there is none. Never throws. */
export async function extractBlueprint(png: Uint8Array): Promise<ExtractResult> {
  if (!hasPngSignature(png)) return { ok: false, reason: 'notPng' };
  const chunks = readChunks(png);
  if (!chunks) return { ok: false, reason: 'corrupt' };
  const chunk = chunks.find((c) => c.type === 'iTXt' && textKeyword(c) === BLUEPRINT_KEYWORD);
  if (!chunk) return { ok: false, reason: 'noBlueprint' };
  const fields = parseITxt(chunk.data);
  if (!fields) return { ok: false, reason: 'corrupt' };
  const bytes = fields.compressed ? await inflate(fields.text, MAX_BLUEPRINT_BYTES) : fields.text;
  if (!bytes) return { ok: false, reason: 'corrupt' };
  try {
    return { ok: true, json: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}
