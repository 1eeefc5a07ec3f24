import { useEffect } from 'react';

/** Chromium's way to a dropped file's handle (File System Access API); absent elsewhere. */
interface ItemWithHandle extends DataTransferItem {
  getAsFileSystemHandle?: () => Promise<FileSystemHandle | null>;
}

/** The dropped file's handle, asked for during the drop event (the item is gone after it). */
function handleOf(e: DragEvent): Promise<FileSystemFileHandle | undefined> {
  const item = e.dataTransfer?.items[0] as ItemWithHandle | undefined;
  if (!item?.getAsFileSystemHandle) return Promise.resolve(undefined);
  return item
    .getAsFileSystemHandle()
    .then((handle) => (handle?.kind === 'file' ? (handle as FileSystemFileHandle) : undefined))
    .catch(() => undefined);
}

/**
 * Files dropped anywhere on the window are opened (and the browser does not navigate away), with
 * the file's handle where the browser gives one, so Save can write back to it.
 */
export function useFileDrop(onFile: (file: File, handle?: FileSystemFileHandle) => void): void {
  useEffect(() => {
    const hasFiles = (e: DragEvent) =>
      !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');
    const onDragOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      void handleOf(e).then((handle) => onFile(file, handle));
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [onFile]);
}
