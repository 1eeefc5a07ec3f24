/** FNV-1a, 32 bits: a quick, well-spread hash of a string (not a cryptographic one). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * A short stand-in for a long text, for telling whether two texts are the same without keeping
 * both: the length and two FNV-1a hashes from different starting points (64 bits in all).
 */
export function textFingerprint(text: string): string {
  // Both hashes in one pass: the texts are megabytes long.
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193);
  }
  return `${text.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}
