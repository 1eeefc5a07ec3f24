import { describe, expect, it } from 'vitest';
import { newBlueprint } from '../model';
import { MAX_FILE_BYTES, readBlueprintFile, serializeBlueprint } from './files';
import { embedBlueprint } from './pngChunk';
import { tinyPng } from './testing/tinyPng';

/** Opening a PNG made by Export PNG: the same path as a .blueprint.json, after extraction. */

function chineseDoc() {
  const doc = newBlueprint('酒店入住 😀');
  doc.steps = [{ id: 'a', lane: 'customer', x: 0, label: '办理入住 & <付款>', description: '' }];
  return doc;
}

async function exportedPng(): Promise<Uint8Array<ArrayBuffer>> {
  const png = await embedBlueprint(tinyPng(), serializeBlueprint(chineseDoc()));
  return new Uint8Array(png);
}

describe('readBlueprintFile with a PNG', () => {
  it('opens the blueprint embedded in an exported PNG', async () => {
    const file = new File([await exportedPng()], 'Hotel.png', { type: 'image/png' });
    expect(await readBlueprintFile(file)).toEqual({ ok: true, value: chineseDoc() });
  });

  it('knows a PNG by its signature, whatever its name', async () => {
    const file = new File([await exportedPng()], 'renamed.blueprint.json');
    expect(await readBlueprintFile(file)).toEqual({ ok: true, value: chineseDoc() });
  });

  it('says when a PNG holds no blueprint', async () => {
    const file = new File([tinyPng()], 'photo.png', { type: 'image/png' });
    expect(await readBlueprintFile(file)).toEqual({ ok: false, reason: 'noBlueprint' });
  });

  it('says when the blueprint in a PNG is damaged', async () => {
    const png = await exportedPng();
    png[png.length - 20]! ^= 0x55;
    const file = new File([png], 'Hotel.png', { type: 'image/png' });
    expect(await readBlueprintFile(file)).toEqual({ ok: false, reason: 'damagedBlueprint' });
  });

  it('checks the embedded JSON like any file', async () => {
    const png = await embedBlueprint(tinyPng(), '{"format":"something-else"}');
    const result = await readBlueprintFile(new File([new Uint8Array(png)], 'x.png'));
    expect(result).toMatchObject({ ok: false, errors: [{ path: 'format' }] });
  });

  it('says a file named .png that is no PNG is not one', async () => {
    const jpeg = Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46);
    expect(await readBlueprintFile(new File([jpeg], 'photo.png'))).toEqual({
      ok: false,
      reason: 'notPng',
    });
  });

  it('still opens blueprint JSON that was saved under a .png name', async () => {
    const file = new File([serializeBlueprint(chineseDoc())], 'oops.png');
    expect(await readBlueprintFile(file)).toEqual({ ok: true, value: chineseDoc() });
  });

  it('allows a PNG larger than the JSON limit, and says which limit a larger file passed', async () => {
    const png = await exportedPng();
    const padded = new Blob([png, new Uint8Array(MAX_FILE_BYTES)]);
    const big = new File([padded], 'big.png');
    // Past the JSON limit but a PNG: read (bytes after IEND are ignored, as viewers do).
    expect(await readBlueprintFile(big)).toEqual({ ok: true, value: chineseDoc() });
    const json = new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'big.json');
    expect(await readBlueprintFile(json)).toEqual({
      ok: false,
      reason: 'tooLarge',
      sizeMb: 20,
      limitMb: 20,
    });
  });
});
