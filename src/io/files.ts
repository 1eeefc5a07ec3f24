import { loadBlueprintText, type Blueprint, type LoadResult } from '../model';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

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
  LoadResult | { ok: false; reason: 'tooLarge' | 'unreadable'; sizeMb?: number };

/** Reads a chosen or dropped file and validates it; never throws. */
export async function readBlueprintFile(file: File): Promise<OpenResult> {
  if (file.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      reason: 'tooLarge',
      sizeMb: Math.round((file.size / 1024 / 1024) * 10) / 10,
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  // JSON.parse would say "Unexpected end of JSON input"; say what a person can act on.
  if (text.trim() === '')
    return { ok: false, errors: [{ path: '', message: 'the file is empty' }] };
  return loadBlueprintText(text);
}
