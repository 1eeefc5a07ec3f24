import type { VersionKind } from '../../model';
import { t, type MessageKey } from '../../i18n/t';

const KIND_KEYS: Record<VersionKind, MessageKey> = {
  'as-is': 'versions.kindAsIs',
  'to-be': 'versions.kindToBe',
};

export const kindName = (kind: VersionKind) => t(KIND_KEYS[kind]);
export const versionName = (name: string) => name || t('versions.untitled');
