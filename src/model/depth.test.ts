import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, tooDeep } from './depth';
import { loadBlueprintText } from './load';
import { newBlueprint } from './newBlueprint';

/** Nested arrays `levels` deep, as JSON text (building them as values would not stringify). */
const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

/** A blank blueprint whose first step carries `notes`, a field the schema does not check. */
function withNotes(notesJson: string): string {
  const doc = newBlueprint();
  doc.steps.push({ id: 'a', lane: 'customer', x: 0, label: 'Arrive', description: '' });
  return JSON.stringify(doc).replace('"description":""', `"description":"","notes":${notesJson}`);
}

describe('tooDeep', () => {
  it('lets a real blueprint through', () => {
    expect(tooDeep(JSON.parse(withNotes('{"a":[1,2,{"b":null}]}')))).toBeUndefined();
  });

  it.each([
    [MAX_DEPTH, undefined],
    [MAX_DEPTH + 1, '[0][0][0]'],
  ])('a value %i levels deep → %j', (levels, expected) => {
    expect(tooDeep(JSON.parse(nested(levels)))).toBe(expected);
  });

  it('checks 200,000 levels without overflowing the stack itself', () => {
    expect(tooDeep(JSON.parse(nested(200_000)))).toBe('[0][0][0]');
  });
});

describe('opening a file with deep junk in a field the schema does not check', () => {
  it.each([10_000, 100_000])(
    'refuses %i nested arrays, naming the field (Save would otherwise throw)',
    (levels) => {
      expect(loadBlueprintText(withNotes(nested(levels)))).toEqual({
        ok: false,
        errors: [{ path: 'steps[0].notes', message: `nested more than ${MAX_DEPTH} levels deep` }],
      });
    },
  );

  it('keeps a shallow one, as it keeps every field it does not know', () => {
    const result = loadBlueprintText(withNotes('[[["kept"]]]'));
    expect(result.ok && result.value.steps[0]).toMatchObject({ notes: [[['kept']]] });
  });
});
