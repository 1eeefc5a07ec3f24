/**
 * Room identities. An edit key is 144 random bits; the room's id is derived from it by SHA-256,
 * so whoever holds only the id (a view-only link, the server's log) cannot edit. The server checks
 * an editor's token with `canEdit`; everyone else is a watcher. Runs in browsers and in Node 20
 * (both have Web Crypto as `globalThis.crypto`).
 */

const EDIT_KEY_BYTES = 18;
const ROOM_ID_LENGTH = 22;
const DERIVATION_PREFIX = 'sbs-room-v1:';

const ROOM_ID = /^[A-Za-z0-9_-]{22}$/;
const EDIT_KEY = /^[A-Za-z0-9_-]{24}$/;

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function isRoomId(value: string): boolean {
  return ROOM_ID.test(value);
}

export function isEditKey(value: string): boolean {
  return EDIT_KEY.test(value);
}

/** A new secret edit key: 24 url-safe characters. */
export function newEditKey(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(EDIT_KEY_BYTES)));
}

/** The room an edit key opens: 22 url-safe characters (132 bits of its SHA-256). */
export async function roomIdFor(editKey: string): Promise<string> {
  const data = new TextEncoder().encode(DERIVATION_PREFIX + editKey);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return base64url(digest).slice(0, ROOM_ID_LENGTH);
}

/** Whether `token` is the edit key of `roomId`. */
export async function canEdit(roomId: string, token: string | undefined | null): Promise<boolean> {
  if (!token || !isEditKey(token) || !isRoomId(roomId)) return false;
  return (await roomIdFor(token)) === roomId;
}
