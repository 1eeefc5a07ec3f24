import { describe, expect, it } from 'vitest';
import { newBlueprint } from '../newBlueprint';
import { loadBlueprint } from '../load';
import { MAX_PERSONA_PICTURE_CHARS } from '../types';
import { addPersona, choosePersona, deletePersona, updatePersona } from './personas';

describe('personas', () => {
  it('adds, edits, chooses and deletes; the blueprint then names none', () => {
    const doc = newBlueprint('Café');
    const id = addPersona(doc, { name: 'Commuter', goals: 'Be quick' });
    updatePersona(doc, id, { pains: 'Queues', picture: 'data:image/png;base64,AAAA' });
    choosePersona(doc, id);
    expect(doc.personas).toEqual([
      {
        id,
        name: 'Commuter',
        description: '',
        goals: 'Be quick',
        pains: 'Queues',
        picture: 'data:image/png;base64,AAAA',
      },
    ]);
    expect(doc.meta.personaId).toBe(id);
    expect(loadBlueprint(JSON.parse(JSON.stringify(doc))).ok).toBe(true);
    updatePersona(doc, id, { picture: undefined });
    expect(doc.personas[0]).not.toHaveProperty('picture');
    choosePersona(doc, 'nobody');
    expect(doc.meta.personaId).toBe(id);
    deletePersona(doc, id);
    expect(doc.personas).toEqual([]);
    expect(doc.meta).not.toHaveProperty('personaId');
  });

  it('refuses a picture that is not an image data: URL or too large, and a missing persona', () => {
    const base = { ...newBlueprint('Café') };
    const errorsOf = (raw: unknown) => {
      const result = loadBlueprint(raw);
      return result.ok ? [] : result.errors;
    };
    const persona = { id: 'p', name: 'A' };
    expect(errorsOf({ ...base, personas: [{ ...persona, picture: 'https://x/y.png' }] })).toEqual([
      {
        path: 'personas[0].picture',
        message: 'must be a PNG, JPEG, WebP or GIF picture as a data: URL',
      },
    ]);
    const huge = `data:image/png;base64,${'A'.repeat(MAX_PERSONA_PICTURE_CHARS)}`;
    expect(errorsOf({ ...base, personas: [{ ...persona, picture: huge }] })).toEqual([
      { path: 'personas[0].picture', message: 'is larger than 200 KB' },
    ]);
    expect(
      errorsOf({ ...base, meta: { ...base.meta, personaId: 'q' }, personas: [persona] }),
    ).toEqual([{ path: 'meta.personaId', message: 'no persona "q"' }]);
  });
});
