import { loadBlueprintText, type Blueprint, type LoadResult } from '../model';
import { MAX_FILE_BYTES } from './files';

/**
 * Share links: the whole blueprint, compressed, in the URL fragment (`#share=<data>`). The
 * fragment never reaches a server, so nothing leaves the machine.
 *
 * `<data>` is the document's JSON (UTF-8), compressed with zlib deflate (the browser's own
 * CompressionStream: no dependency) and written in base64url. Deflate makes links about a third
 * shorter than lz-string on our examples, and zlib's Adler-32 checksum catches a truncated or
 * garbled link instead of decoding it to something else.
 */
export const SHARE_PARAM = 'share';

/** A URL longer than this is impractical to paste into mail or chat: use a file instead. */
export const MAX_SHARE_URL_LENGTH = 100_000;

/** Browsers stop at about 2 MB of URL; anything longer cannot be a link we made. */
const MAX_DATA_LENGTH = 2_000_000;

export type ShareLinkResult =
  { ok: true; url: string } | { ok: false; reason: 'tooLong'; length: number; limit: number };

export type ShareReadResult =
  LoadResult | { ok: false; reason: 'damaged' } | { ok: false; reason: 'tooLarge'; limit: number };

/** `base` is the page address without fragment, e.g. `https://host/app/`. */
export async function createShareLink(doc: Blueprint, base: string): Promise<ShareLinkResult> {
  const data = await encodeShareData(doc);
  const url = `${base}#${SHARE_PARAM}=${data}`;
  if (url.length > MAX_SHARE_URL_LENGTH)
    return { ok: false, reason: 'tooLong', length: url.length, limit: MAX_SHARE_URL_LENGTH };
  return { ok: true, url };
}

export async function encodeShareData(doc: Blueprint): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(doc));
  return toBase64Url(await deflate(bytes));
}

/** The share data in a location hash (`#share=…`), or null when the hash holds none. */
export function shareDataFromHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get(SHARE_PARAM);
}

/** Share data → a valid Blueprint, or why not (damaged link, too large, or errors with paths). */
export async function readShareData(data: string): Promise<ShareReadResult> {
  if (data.length > MAX_DATA_LENGTH) return { ok: false, reason: 'damaged' };
  const bytes = fromBase64Url(data.trim());
  if (!bytes || bytes.length === 0) return { ok: false, reason: 'damaged' };
  const inflated = await inflate(bytes, MAX_FILE_BYTES);
  if (inflated === 'damaged') return { ok: false, reason: 'damaged' };
  if (inflated === 'tooLarge') return { ok: false, reason: 'tooLarge', limit: MAX_FILE_BYTES };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  return loadBlueprintText(text);
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates at most `maxBytes`; a link is small, but what it unpacks to need not be. */
async function inflate(
  bytes: Uint8Array<ArrayBuffer>,
  maxBytes: number,
): Promise<Uint8Array | 'damaged' | 'tooLarge'> {
  const reader = new Blob([bytes])
    .stream()
    .pipeThrough(new DecompressionStream('deflate'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return 'tooLarge';
      }
      chunks.push(value);
    }
  } catch {
    return 'damaged';
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (unpadded) → bytes, or null when the text is not base64url. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  let binary: string;
  try {
    binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
