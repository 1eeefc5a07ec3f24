import { ops, type Blueprint, type VersionKind } from '../../model';
import { t, type MessageKey } from '../../i18n/t';

const KIND_KEYS: Record<VersionKind, MessageKey> = {
  'as-is': 'versions.kindAsIs',
  'to-be': 'versions.kindToBe',
};

export const kindName = (kind: VersionKind) => t(KIND_KEYS[kind]);
export const versionName = (name: string) => name || t('versions.untitled');

/** A picture's name: the title, and the version when the blueprint has versions ("Café - To-be"). */
export function pictureTitle(doc: Blueprint): string {
  const version = ops.currentVersion(doc);
  return version ? `${doc.title} - ${versionName(version.name)}` : doc.title;
}
