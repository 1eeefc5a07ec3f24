import { createStore } from 'zustand/vanilla';
import type { HandIn } from '../model/compare';
import { readBlueprintFile } from '../io/files';
import { t } from '../i18n/t';
import { openFailureReason } from './fileSession';

/**
 * The hand-ins of the class overview, kept while the tab lives so a teacher can open one, look,
 * and come back to the table. Only read: no hand-in is stored or changed.
 */
export interface ClassroomState {
  handIns: HandIn[];
  /** Files being read now, and how many of them are done. */
  reading: { done: number; count: number } | null;
}

export const classroomStore = createStore<ClassroomState>()(() => ({
  handIns: [],
  reading: null,
}));

const BLUEPRINT_FILE = /\.(json|png)$/i;

/** Reads a batch of files one by one; a broken or foreign file becomes a row saying why. */
export async function addHandIns(files: readonly File[]): Promise<void> {
  const count = files.length;
  if (!count) return;
  classroomStore.setState({ reading: { done: 0, count } });
  const added: HandIn[] = [];
  for (const file of files) {
    if (!BLUEPRINT_FILE.test(file.name) && file.type !== 'image/png') {
      added.push({ name: file.name, error: t('classroom.notBlueprint') });
    } else {
      const result = await readBlueprintFile(file);
      added.push(
        result.ok
          ? { name: file.name, doc: result.value }
          : { name: file.name, error: openFailureReason(result) },
      );
    }
    classroomStore.setState({ reading: { done: added.length, count } });
  }
  // A file added again (a corrected hand-in) takes the place of the one before.
  const names = new Set(added.map((h) => h.name));
  classroomStore.setState((s) => ({
    handIns: [...s.handIns.filter((h) => !names.has(h.name)), ...added],
    reading: null,
  }));
}

export function clearHandIns(): void {
  classroomStore.setState({ handIns: [] });
}
