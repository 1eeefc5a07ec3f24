import { loadBlueprintText, type Blueprint, type LoadResult } from '../model';
import { extractBlueprint, hasPngSignature } from './pngChunk';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** An exported PNG is mostly picture: a 3× image of a large blueprint can pass 20 MB. */
export const MAX_PNG_BYTES = 100 * 1024 * 1024;

/** A safe file name from the blueprint's title: `Hotel stay.blueprint.json`. */
export function fileNameFor(title: string, extension: string): string {
  const printable = Array.from(title, (c) => (c.charCodeAt(0) < 32 ? ' ' : c)).join('');
  const cleaned = printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
  return `${cleaned || 'blueprint'}${extension}`;
}

export function serializeBlueprint(doc: Blueprint): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function saveBlueprintFile(doc: Blueprint): void {
  const blob = new Blob([serializeBlueprint(doc)], { type: 'application/json' });
  downloadBlob(blob, fileNameFor(doc.title, '.blueprint.json'));
}

export type OpenResult =
  | LoadResult
  | { ok: false; reason: 'tooLarge'; sizeMb: number; limitMb: number }
  | { ok: false; reason: 'unreadable' | 'notPng' | 'noBlueprint' | 'damagedBlueprint' };

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Named or typed as a PNG image (what it really is, the signature says). */
function claimsToBePng(file: File): boolean {
  return file.type === 'image/png' || /\.png$/i.test(file.name);
}

/** Reads only the first 8 bytes: a large file is refused without reading it all. */
export async function startsLikePng(file: File): Promise<boolean> {
  try {
    return hasPngSignature(new Uint8Array(await file.slice(0, 8).arrayBuffer()));
  } catch {
    return false;
  }
}

/**
 * Reads a chosen or dropped file and validates it; never throws. A PNG (known by its
 * signature, whatever its name) is opened through the blueprint embedded by Export PNG.
 */
export async function readBlueprintFile(file: File): Promise<OpenResult> {
  if (file.size > MAX_FILE_BYTES) {
    const limit = (await startsLikePng(file)) ? MAX_PNG_BYTES : MAX_FILE_BYTES;
    if (file.size > limit)
      return {
        ok: false,
        reason: 'tooLarge',
        sizeMb: megabytes(file.size),
        limitMb: megabytes(limit),
      };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (hasPngSignature(bytes)) {
    const extracted = await extractBlueprint(bytes);
    if (extracted.ok) return loadBlueprintText(extracted.json);
    return {
      ok: false,
      reason: extracted.reason === 'corrupt' ? 'damagedBlueprint' : 'noBlueprint',
    };
  }
  const text = new TextDecoder().decode(bytes);
  // JSON.parse would say "Unexpected end of JSON input"; say what a person can act on.
  if (text.trim() === '')
    return { ok: false, errors: [{ path: '', message: 'the file is empty' }] };
  const loaded = loadBlueprintText(text);
  // A JPEG renamed to .png would otherwise be reported as "not JSON".
  if (!loaded.ok && claimsToBePng(file) && !text.trimStart().startsWith('{'))
    return { ok: false, reason: 'notPng' };
  return loaded;
}
