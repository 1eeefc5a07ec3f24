import { isEditKey, isRoomId } from '../collab/roomKeys';
import type { RoomLinks } from './roomState';

/**
 * Room links carry their secret in the fragment, which browsers never send to a server:
 * `#live=<edit key>` edits, `#watch=<room id>` watches. The room id is a hash of the edit key,
 * so a view-only link cannot be turned into an edit link.
 */
export type RoomLink =
  { kind: 'edit'; editKey: string } | { kind: 'watch'; roomId: string } | { kind: 'bad' };

export function roomLinkFromHash(hash: string): RoomLink | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const live = params.get('live');
  const watch = params.get('watch');
  if (live !== null) return isEditKey(live) ? { kind: 'edit', editKey: live } : { kind: 'bad' };
  if (watch !== null) return isRoomId(watch) ? { kind: 'watch', roomId: watch } : { kind: 'bad' };
  return null;
}

export function roomLinks(base: string, roomId: string, editKey: string | null): RoomLinks {
  return {
    edit: editKey ? `${base}#live=${editKey}` : null,
    view: `${base}#watch=${roomId}`,
  };
}

/** The room server, through the page's own origin unless the build names another. */
export function roomServerUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const configured = import.meta.env.VITE_COLLAB_URL as string | undefined;
  if (configured) return configured;
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/collab`;
}
