import type { Page } from '@playwright/test';

/**
 * A fake File System Access API, installed before the app loads: a disk of named files in the
 * page, pickers that answer what the test queued, handles that read and write that disk. The
 * real pickers are OS dialogs Playwright cannot answer.
 */
export interface FakeDisk {
  /** File name → its text (PNG bytes as base64, marked by `png:`). */
  files: Record<string, string>;
  /** Every picker shown, in order: kind and the name it suggested. */
  pickers: { kind: 'open' | 'save'; suggestedName?: string }[];
}

export async function installFakeFileSystem(page: Page): Promise<void> {
  await page.addInitScript(() => {
    interface Answer {
      name?: string;
      cancel?: boolean;
    }
    const disk = { files: {} as Record<string, string>, pickers: [] as object[] };
    const answers: Answer[] = [];
    /** Names whose writes the browser refuses (permission withdrawn, file locked). */
    const refused = new Set<string>();
    const w = window as unknown as Record<string, unknown>;
    w.__disk = disk;
    w.__answerNextPicker = (answer: Answer) => answers.push(answer);
    w.__refuseWrites = (name: string) => refused.add(name);

    const bytesOf = (text: string): Uint8Array<ArrayBuffer> =>
      text.startsWith('png:')
        ? Uint8Array.from(atob(text.slice(4)), (c) => c.charCodeAt(0))
        : new TextEncoder().encode(text);

    const handle = (name: string) => ({
      kind: 'file' as const,
      name,
      isSameEntry: async (other: { name: string }) => other.name === name,
      queryPermission: async () => 'granted',
      requestPermission: async () => 'granted',
      getFile: async () => {
        const text = disk.files[name];
        if (text === undefined)
          throw new DOMException('A requested file could not be found.', 'NotFoundError');
        return new File([bytesOf(text)], name, {
          type: name.endsWith('.png') ? 'image/png' : 'application/json',
        });
      },
      createWritable: async () => {
        if (refused.has(name))
          throw new DOMException(
            'The request is not allowed by the user agent.',
            'NotAllowedError',
          );
        const chunks: Uint8Array[] = [];
        const stream = new WritableStream<Uint8Array | Blob | string>({
          async write(chunk) {
            if (chunk instanceof Blob) chunks.push(new Uint8Array(await chunk.arrayBuffer()));
            else if (typeof chunk === 'string') chunks.push(new TextEncoder().encode(chunk));
            else chunks.push(chunk);
          },
          close() {
            const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
            let at = 0;
            for (const c of chunks) {
              all.set(c, at);
              at += c.length;
            }
            disk.files[name] = new TextDecoder().decode(all);
          },
        });
        return stream;
      },
    });

    const next = (kind: 'open' | 'save', suggestedName?: string) => {
      disk.pickers.push({ kind, suggestedName });
      const answer = answers.shift() ?? {};
      if (answer.cancel) throw new DOMException('The user aborted a request.', 'AbortError');
      return answer.name ?? suggestedName ?? 'Untitled';
    };
    w.showOpenFilePicker = async () => [handle(next('open'))];
    w.showSaveFilePicker = async (options?: { suggestedName?: string }) =>
      handle(next('save', options?.suggestedName));
  });
}

export function disk(page: Page): Promise<FakeDisk> {
  return page.evaluate(() => (window as unknown as { __disk: FakeDisk }).__disk);
}

/** What the next picker answers: a file name (an existing one to open), or Cancel. */
export function answerNextPicker(page: Page, answer: { name?: string; cancel?: boolean }) {
  return page.evaluate(
    (a) => (window as unknown as { __answerNextPicker: (a: object) => void }).__answerNextPicker(a),
    answer,
  );
}

export function putFile(page: Page, name: string, text: string) {
  return page.evaluate(
    ([n, t]) => {
      (window as unknown as { __disk: FakeDisk }).__disk.files[n!] = t!;
    },
    [name, text],
  );
}

export function refuseWrites(page: Page, name: string) {
  return page.evaluate(
    (n) => (window as unknown as { __refuseWrites: (n: string) => void }).__refuseWrites(n),
    name,
  );
}
