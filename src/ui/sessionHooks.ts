import { useStore } from 'zustand';
import { currentBlueprintStore, type CurrentDocumentState } from '../session/currentDocument';
import { fileLinkStore } from '../session/fileLinks';
import { noticeStore, type NoticeState } from '../session/notices';

/** React's view of the session's state: the UI reads through these and calls session actions. */

export function useCurrentBlueprint<T>(selector: (s: CurrentDocumentState) => T): T {
  return useStore(currentBlueprintStore, selector);
}

export function useNotices<T>(selector: (s: NoticeState) => T): T {
  return useStore(noticeStore, selector);
}

/** The name of the file the blueprint on screen is linked to, if any. */
export function useLinkedFileName(): string | null {
  const currentId = useStore(currentBlueprintStore, (s) => s.currentId);
  return useStore(fileLinkStore, (s) => (currentId ? (s.links[currentId]?.name ?? null) : null));
}
