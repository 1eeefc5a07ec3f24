import { describe, expect, it } from 'vitest';
import { fileNameFor, MAX_FILE_BYTES, readBlueprintFile, serializeBlueprint } from './files';
import { fittingPixelRatio } from './exportPng';
import { CURRENT_VERSION, newBlueprint } from '../model';

describe('fileNameFor', () => {
  it.each([
    ['Hotel stay', 'Hotel stay.blueprint.json'],
    ['  a/b:c*d?  ', 'a b c d.blueprint.json'],
    ['酒店入住', '酒店入住.blueprint.json'],
    ['', 'blueprint.blueprint.json'],
    ['tab\there\u0001', 'tab here.blueprint.json'],
  ])('%j → %j', (title, expected) => {
    expect(fileNameFor(title, '.blueprint.json')).toBe(expected);
  });
});

describe('readBlueprintFile', () => {
  it('reads a saved file back to the same document', async () => {
    const doc = newBlueprint('Round trip');
    const file = new File([serializeBlueprint(doc)], 'x.blueprint.json');
    expect(await readBlueprintFile(file)).toEqual({ ok: true, value: doc });
  });

  it('reads a file saved by version 1 and upgrades it to the current version', async () => {
    const v1 = {
      format: 'service-blueprint',
      version: 1,
      title: 'Old file',
      meta: { service: 'Bank', customerSegment: '', scenario: '', locale: 'en' },
      lanes: [{ id: 'customer', kind: 'customer', label: 'Customer actions', height: 150 }],
      steps: [{ id: 'a', lane: 'customer', x: 0, label: 'Take a number', description: '' }],
      flows: [],
      view: { x: 0, y: 0, zoom: 1 },
    };
    const file = new File([JSON.stringify(v1)], 'old.blueprint.json');
    const result = await readBlueprintFile(file);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.value).toMatchObject({
      version: CURRENT_VERSION,
      title: 'Old file',
      steps: v1.steps,
      economics: { currency: 'USD' },
      improvements: [],
      guide: { step: 1, done: [] },
    });
    expect(JSON.parse(serializeBlueprint(result.value))).toMatchObject({
      version: CURRENT_VERSION,
    });
  });

  it('reports a problem in the version-2 parts with its path', async () => {
    const doc = newBlueprint('Bad guide');
    const text = JSON.stringify({ ...doc, guide: { step: 7, done: [] } });
    const result = await readBlueprintFile(new File([text], 'x.blueprint.json'));
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'guide.step', message: 'must be a guide step: 1, 2, 3, 4, 5 or 6' }],
    });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const big = {
      size: MAX_FILE_BYTES + 1,
      text: () => Promise.reject(new Error('must not read')),
    } as unknown as File;
    expect(await readBlueprintFile(big)).toMatchObject({ ok: false, reason: 'tooLarge' });
  });

  it('reports a file that is not JSON', async () => {
    const result = await readBlueprintFile(new File(['hello'], 'x.json'));
    expect(result.ok).toBe(false);
    expect('errors' in result && result.errors[0]!.message).toMatch(/^not JSON/);
  });

  it('says an empty file is empty', async () => {
    const result = await readBlueprintFile(new File([' \n'], 'x.json'));
    expect(result).toEqual({ ok: false, errors: [{ path: '', message: 'the file is empty' }] });
  });
});

describe('fittingPixelRatio', () => {
  it.each([
    [{ width: 2000, height: 800 }, 2, 2],
    [{ width: 10_000, height: 800 }, 2, 1.63],
    [{ width: 20_000, height: 800 }, 2, 0.81],
    [{ width: 12_000, height: 12_000 }, 2, 1.36],
  ])('%j at %d× → %d×', (bounds, wanted, expected) => {
    const ratio = fittingPixelRatio(bounds, wanted);
    expect(ratio).toBe(expected);
    expect(bounds.width * ratio).toBeLessThanOrEqual(16_384);
    expect(bounds.width * bounds.height * ratio * ratio).toBeLessThanOrEqual(268_000_000);
  });
});
