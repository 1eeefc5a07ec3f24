import { describe, expect, it } from 'vitest';
import { newEditKey, roomIdFor } from '../collab/roomKeys';
import { roomLinkFromHash, roomLinks } from './roomLinks';
import { cleanName } from './roomPresence';

describe('room links', () => {
  it('reads edit and watch links, and tells damaged ones', async () => {
    const key = newEditKey();
    const id = await roomIdFor(key);
    expect(roomLinkFromHash(`#live=${key}`)).toEqual({ kind: 'edit', editKey: key });
    expect(roomLinkFromHash(`#watch=${id}`)).toEqual({ kind: 'watch', roomId: id });
    expect(roomLinkFromHash(`#live=${key.slice(0, 10)}`)).toEqual({ kind: 'bad' });
    expect(roomLinkFromHash('#watch=')).toEqual({ kind: 'bad' });
    expect(roomLinkFromHash('#share=abc')).toBeNull();
    expect(roomLinkFromHash('')).toBeNull();
  });

  it('makes a view-only link that holds no edit key', async () => {
    const key = newEditKey();
    const id = await roomIdFor(key);
    const links = roomLinks('https://example.test/app/', id, key);
    expect(links.edit).toBe(`https://example.test/app/#live=${key}`);
    expect(links.view).toBe(`https://example.test/app/#watch=${id}`);
    expect(links.view).not.toContain(key);
    expect(roomLinks('https://example.test/', id, null).edit).toBeNull();
  });
});

describe('names in a room', () => {
  it('keeps them short and printable', () => {
    expect(cleanName('  李老师 \n')).toBe('李老师');
    expect(cleanName('a\u0000b\u0007c')).toBe('abc');
    expect(cleanName('x'.repeat(100))).toHaveLength(40);
    expect(cleanName(42)).toBe('');
  });
});
