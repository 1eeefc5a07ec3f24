import { fileOpen, fileSave, supported } from 'browser-fs-access';

/**
 * Files through the File System Access API where the browser has it (Save writes back to the
 * file a blueprint came from), through a file input and a download elsewhere. browser-fs-access
 * wraps the pickers; the fallbacks stay ours (see files.ts), so both paths are the same code the
 * tests drive.
 */

export type FileHandle = FileSystemFileHandle;

/** True where "Save" can write back to a file and "Save as…" can pick one. */
export function canWriteToFiles(): boolean {
  return supported;
}

/** What the pickers call our two kinds of file, in the user's language. */
export interface FileKindNames {
  blueprint: string;
  png: string;
}

const blueprintFiles = (names: FileKindNames) => ({
  description: names.blueprint,
  mimeTypes: ['application/json'],
  extensions: ['.json'],
});
const pngFiles = (names: FileKindNames) => ({
  description: names.png,
  mimeTypes: ['image/png'],
  extensions: ['.png'],
});

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function reasonOf(error: unknown): string {
  if (error instanceof DOMException) return error.message || error.name;
  return error instanceof Error ? error.message : String(error);
}

export type PickResult =
  | { kind: 'picked'; file: File; handle?: FileHandle }
  | { kind: 'cancelled' }
  | { kind: 'failed'; detail: string };

/** The file the user picks to open, with its handle. Never throws. */
export async function pickFileToOpen(names: FileKindNames): Promise<PickResult> {
  try {
    const file = await fileOpen([blueprintFiles(names), pngFiles(names)]);
    return { kind: 'picked', file, handle: file.handle };
  } catch (error) {
    return isAbort(error) ? { kind: 'cancelled' } : { kind: 'failed', detail: reasonOf(error) };
  }
}

export type WriteResult =
  | { ok: true; handle: FileHandle; name: string }
  | { ok: false; reason: 'cancelled' }
  | { ok: false; reason: 'failed'; detail: string };

/**
 * Writes `text` to `handle`, or to a file the user picks when there is none.
 * Never throws: a refusal or a vanished file comes back as 'failed' with the browser's words.
 */
export async function writeTextFile(
  text: string,
  suggestedName: string,
  handle: FileHandle | null,
  names: FileKindNames,
): Promise<WriteResult> {
  try {
    const blob = new Blob([text], { type: 'application/json' });
    const written = await fileSave(
      blob,
      { ...blueprintFiles(names), fileName: suggestedName },
      handle,
      true,
    );
    if (!written) return { ok: false, reason: 'cancelled' };
    return { ok: true, handle: written, name: written.name };
  } catch (error) {
    if (isAbort(error)) return { ok: false, reason: 'cancelled' };
    return { ok: false, reason: 'failed', detail: reasonOf(error) };
  }
}
