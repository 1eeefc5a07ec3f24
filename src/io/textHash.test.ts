import { describe, expect, it } from 'vitest';
import { fnv1a, textFingerprint } from './textHash';

describe('text hashes', () => {
  it('give FNV-1a’s published values', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('fingerprint equal texts alike and tell near-identical ones apart', () => {
    expect(textFingerprint('{"x":1}')).toBe(textFingerprint('{"x":1}'));
    expect(textFingerprint('{"x":1}')).not.toBe(textFingerprint('{"x":2}'));
    expect(textFingerprint('ab')).not.toBe(textFingerprint('ba'));
    expect(textFingerprint('foobar')).toMatch(new RegExp(`^6:${fnv1a('foobar').toString(36)}:`));
  });
});
