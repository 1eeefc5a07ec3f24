import { describe, expect, it } from 'vitest';
import {
  BLUEPRINT_KEYWORD,
  crc32,
  embedBlueprint,
  extractBlueprint,
  hasPngSignature,
  MAX_BLUEPRINT_BYTES,
} from './pngChunk';
import { ascii, chunk, chunkTypes, concat, tinyPng, utf8, zlib } from './testing/tinyPng';

/** An iTXt chunk with our keyword and the given (supposedly compressed) text bytes. */
function ourChunk(text: Uint8Array, compressed = 1): Uint8Array {
  return chunk(
    'iTXt',
    concat(ascii(BLUEPRINT_KEYWORD), Uint8Array.of(0, compressed, 0, 0, 0), text),
  );
}

const BLUEPRINT = JSON.stringify({
  format: 'service-blueprint',
  title: '酒店入住 — “Check-in” <fast> & friendly 😀🏨',
  steps: [{ label: '办理入住\n（前台）' }, { label: 'Pay \u00e9\u00e8 \u{1F4B3}' }],
});

describe('embedBlueprint and extractBlueprint', () => {
  it('round-trips Chinese text and emoji byte for byte', async () => {
    const png = await embedBlueprint(tinyPng(), BLUEPRINT);
    expect(await extractBlueprint(png)).toEqual({ ok: true, json: BLUEPRINT });
  });

  it('inserts one compressed iTXt chunk just before IEND and keeps the image chunks', async () => {
    const original = tinyPng();
    const png = await embedBlueprint(original, BLUEPRINT);
    expect(chunkTypes(png)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    expect(hasPngSignature(png)).toBe(true);
    // Everything before the new chunk is the original file, unchanged.
    const iend = 12;
    expect(png.subarray(0, original.length - iend)).toEqual(
      original.subarray(0, original.length - iend),
    );
    // Compressed: the Chinese title is not there as plain UTF-8.
    const asText = new TextDecoder().decode(png);
    expect(asText).toContain(`${BLUEPRINT_KEYWORD}\u0000\u0001\u0000`);
    expect(asText).not.toContain('酒店入住');
  });

  it('replaces a blueprint embedded earlier instead of adding a second one', async () => {
    const once = await embedBlueprint(tinyPng(), '{"v":1}');
    const twice = await embedBlueprint(once, '{"v":2}');
    expect(chunkTypes(twice)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    expect(await extractBlueprint(twice)).toEqual({ ok: true, json: '{"v":2}' });
  });

  it('refuses to embed into something that is not a whole PNG', async () => {
    await expect(embedBlueprint(utf8('{"a":1}'), BLUEPRINT)).rejects.toThrow('not a PNG');
    const cut = tinyPng().subarray(0, 40);
    await expect(embedBlueprint(cut, BLUEPRINT)).rejects.toThrow('damaged');
  });

  it('ignores other text chunks, before and after ours', async () => {
    const others = [
      chunk('tEXt', concat(ascii('Software'), Uint8Array.of(0), ascii('html-to-image'))),
      chunk('zTXt', concat(ascii('Comment'), Uint8Array.of(0, 0), zlib(utf8('hello')))),
      chunk('iTXt', concat(ascii('Title'), Uint8Array.of(0, 0, 0, 0, 0), utf8('别的标题'))),
    ];
    const png = await embedBlueprint(tinyPng(...others), BLUEPRINT);
    expect(chunkTypes(png)).toEqual(['IHDR', 'IDAT', 'tEXt', 'zTXt', 'iTXt', 'iTXt', 'IEND']);
    expect(await extractBlueprint(png)).toEqual({ ok: true, json: BLUEPRINT });
    expect(await extractBlueprint(tinyPng(...others))).toEqual({
      ok: false,
      reason: 'noBlueprint',
    });
  });

  it('reads an uncompressed iTXt with our keyword too', async () => {
    const png = tinyPng(ourChunk(utf8(BLUEPRINT), 0));
    expect(await extractBlueprint(png)).toEqual({ ok: true, json: BLUEPRINT });
  });
});

describe('extractBlueprint refuses', () => {
  const embedded = () => embedBlueprint(tinyPng(), BLUEPRINT);

  it.each([
    ['empty', new Uint8Array()],
    ['JSON', utf8('{"format":"service-blueprint"}')],
    ['a JPEG', Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46)],
    [
      'a PNG signature with one byte wrong',
      concat(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x00)),
    ],
  ])('%s as notPng', async (_name, bytes) => {
    expect(await extractBlueprint(bytes)).toEqual({ ok: false, reason: 'notPng' });
  });

  it('a PNG without our chunk as noBlueprint', async () => {
    expect(await extractBlueprint(tinyPng())).toEqual({ ok: false, reason: 'noBlueprint' });
  });

  it.each([
    ['cut off inside our chunk', async () => (await embedded()).subarray(0, 120)],
    ['cut off before IEND', async () => (await embedded()).slice(0, -12)],
    ['cut off in the middle of IEND', async () => (await embedded()).slice(0, -5)],
    ['only the signature and half a header', async () => tinyPng().subarray(0, 14)],
    [
      'a wrong CRC on our chunk',
      async () => {
        const png = await embedded();
        png[png.length - 12 - 6]! ^= 0xff; // a byte of our compressed text
        return png;
      },
    ],
    [
      'a wrong CRC on the image data',
      async () => {
        const png = await embedded();
        png[8 + 25 + 9]! ^= 0x01; // inside IDAT
        return png;
      },
    ],
    [
      'a chunk length running past the end',
      async () => {
        const png = await embedded();
        new DataView(png.buffer).setUint32(8 + 25, 0x7ffffff0);
        return png;
      },
    ],
    ['bad compressed data with a good CRC', async () => tinyPng(ourChunk(utf8('not zlib at all')))],
    [
      'compressed data cut short, with a good CRC',
      async () => tinyPng(ourChunk(zlib(utf8(BLUEPRINT)).subarray(0, 20))),
    ],
    [
      'text that is not UTF-8',
      async () => tinyPng(ourChunk(zlib(Uint8Array.of(0x7b, 0xff, 0xfe, 0x7d)))),
    ],
    [
      'an iTXt with our keyword but no language tag end',
      async () => tinyPng(chunk('iTXt', concat(ascii(BLUEPRINT_KEYWORD), Uint8Array.of(0, 1, 0)))),
    ],
    ['an unknown compression flag', async () => tinyPng(ourChunk(zlib(utf8('{}')), 2))],
  ])('%s as corrupt', async (_name, make) => {
    expect(await extractBlueprint(await make())).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('text that inflates past the limit as corrupt', async () => {
    const bomb = zlib(new Uint8Array(MAX_BLUEPRINT_BYTES + 1));
    expect(bomb.length).toBeLessThan(100_000);
    expect(await extractBlueprint(tinyPng(ourChunk(bomb)))).toEqual({
      ok: false,
      reason: 'corrupt',
    });
  });
});

describe('crc32', () => {
  it('matches the check value of the standard', () => {
    expect(crc32(ascii('123456789'))).toBe(0xcbf43926);
    expect(crc32(ascii('1234'), ascii('56789'))).toBe(0xcbf43926);
    // IEND's CRC, as in every PNG file.
    expect(crc32(ascii('IEND'))).toBe(0xae426082);
  });
});
