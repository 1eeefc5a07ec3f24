import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadBlueprintText, newBlueprint, ops, type Blueprint } from '../model';
import { MAX_FILE_BYTES } from './files';
import {
  createShareLink,
  encodeShareData,
  fromBase64Url,
  MAX_SHARE_URL_LENGTH,
  readShareData,
  shareDataFromHash,
  toBase64Url,
} from './shareLink';

const BASE = 'https://example.org/studio/';

function example(name: string): Blueprint {
  const text = readFileSync(new URL(`../../examples/${name}.blueprint.json`, import.meta.url));
  const result = loadBlueprintText(text.toString('utf8'));
  if (!result.ok) throw new Error(`example ${name} does not load`);
  return result.value;
}

/** A blueprint whose text is all Chinese and emoji, including characters outside the BMP. */
function chineseWithEmoji(): Blueprint {
  const doc = newBlueprint('酒店入住 🏨');
  const a = ops.addStep(doc, { lane: 'customer', x: 0, label: '到达前台 🛎️' });
  const b = ops.addStep(doc, { lane: 'customer', x: 240, label: '办理入住 👩‍👩‍👧 𠮷' });
  ops.updateStep(doc, a, { description: '排队等候，\n“请稍等”' });
  ops.addFlow(doc, a, b);
  return doc;
}

/** Deterministic noise that deflate cannot shrink much. */
function noise(length: number, seed: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 48_271) % 2_147_483_647; // MINSTD: exact in doubles
    out += letters[x % letters.length];
  }
  return out;
}

/** Share data for any text, made by Node's zlib: the format is plain zlib + base64url. */
const dataFor = (text: string | Buffer) =>
  deflateSync(typeof text === 'string' ? Buffer.from(text, 'utf8') : text).toString('base64url');

describe('share link round trip', () => {
  it.each([
    ['an English example', () => example('hotel-overnight-stay')],
    ['a Chinese example', () => example('hotel-overnight-stay.zh-CN')],
    ['Chinese and emoji labels', chineseWithEmoji],
    ['a new blueprint', () => newBlueprint('')],
  ])('%s comes back as the same document', async (_, make) => {
    const doc = make();
    const link = await createShareLink(doc, BASE);
    if (!link.ok) throw new Error('link refused');
    expect(link.url.startsWith(`${BASE}#share=`)).toBe(true);
    const data = shareDataFromHash(new URL(link.url).hash);
    expect(data).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await readShareData(data!)).toEqual({ ok: true, value: doc });
  });

  it('is shorter than the JSON it carries', async () => {
    const doc = example('hospital-outpatient-visit');
    const data = await encodeShareData(doc);
    expect(data.length).toBeLessThan(JSON.stringify(doc).length / 2);
  });

  it('reads data compressed by another zlib (Node)', async () => {
    const doc = chineseWithEmoji();
    expect(await readShareData(dataFor(JSON.stringify(doc)))).toEqual({ ok: true, value: doc });
  });
});

describe('share link size limit', () => {
  it('refuses a blueprint whose link would be longer than the limit', async () => {
    const doc = newBlueprint('Big');
    for (let i = 0; i < 3000; i++)
      ops.addStep(doc, { lane: 'customer', x: i * 240, label: noise(60, i + 1) });
    const result = await createShareLink(doc, BASE);
    expect(result).toMatchObject({ ok: false, reason: 'tooLong', limit: MAX_SHARE_URL_LENGTH });
    if (result.ok) return;
    expect(result.length).toBeGreaterThan(MAX_SHARE_URL_LENGTH);
  });

  it('accepts a link just under the limit and refuses one just over it', async () => {
    const doc = newBlueprint('Edge');
    const data = await encodeShareData(doc);
    const fixed = `${BASE}#share=`.length + data.length;
    const under = 'x'.repeat(MAX_SHARE_URL_LENGTH - fixed);
    expect((await createShareLink(doc, `${BASE}${under}`)).ok).toBe(true);
    expect((await createShareLink(doc, `${BASE}${under}x`)).ok).toBe(false);
  });

  it('refuses data that unpacks to more than a file may hold', async () => {
    const bomb = dataFor(Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
    expect(bomb.length).toBeLessThan(MAX_SHARE_URL_LENGTH);
    expect(await readShareData(bomb)).toEqual({
      ok: false,
      reason: 'tooLarge',
      limit: MAX_FILE_BYTES,
    });
  });
});

describe('damaged share data', () => {
  const good = dataFor(JSON.stringify(example('coffee-shop-order')));
  const flipped = `${good.slice(0, 200)}${good[200] === 'A' ? 'B' : 'A'}${good.slice(201)}`;
  it.each([
    ['empty', ''],
    ['not base64url', 'this is not: a link!'],
    ['an impossible base64 length', 'abcde'],
    ['base64url that is not deflate', 'aGVsbG8gd29ybGQ'],
    ['cut short', good.slice(0, good.length - 20)],
    ['one character changed', flipped],
    ['deflate of bytes that are not UTF-8', dataFor(Buffer.from([0xff, 0xfe, 0xc3, 0x28]))],
  ])('%s → damaged', async (_, data) => {
    expect(await readShareData(data)).toEqual({ ok: false, reason: 'damaged' });
  });
});

describe('share data that is not a valid blueprint', () => {
  it.each([
    ['not JSON', 'hello {', ''],
    ['JSON but not a blueprint', '[1, 2, 3]', ''],
    ['another format', '{"format": "bpmn"}', 'format'],
  ])('%s → an error at %j', async (_, text, path) => {
    const result = await readShareData(dataFor(text));
    expect(result.ok).toBe(false);
    if (result.ok || !('errors' in result)) throw new Error('expected errors');
    expect(result.errors[0]!.path).toBe(path);
  });

  it('names the path of a step in a lane that does not exist', async () => {
    const doc = chineseWithEmoji() as unknown as { steps: { lane: string }[] };
    doc.steps[1]!.lane = 'nowhere';
    const result = await readShareData(dataFor(JSON.stringify(doc)));
    if (result.ok || !('errors' in result)) throw new Error('expected errors');
    expect(result.errors.map((e) => e.path)).toContain('steps[1].lane');
  });
});

describe('shareDataFromHash', () => {
  it.each([
    ['#share=abc_-1', 'abc_-1'],
    ['share=abc', 'abc'],
    ['#share=abc&lang=en', 'abc'],
    ['#share=', ''],
    ['', null],
    ['#other=1', null],
  ])('%j → %j', (hash, expected) => {
    expect(shareDataFromHash(hash)).toBe(expected);
  });
});

describe('base64url', () => {
  it('round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = toBase64Url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromBase64Url(text)).toEqual(bytes);
  });
});
