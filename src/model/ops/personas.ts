import { newId } from '../ids';
import type { Blueprint, Persona } from '../types';

export type PersonaFields = Partial<Omit<Persona, 'id'>>;

/** Adds a persona; returns its id. */
export function addPersona(doc: Blueprint, fields: PersonaFields = {}): string {
  const id = newId('persona', (candidate) => doc.personas.some((p) => p.id === candidate));
  const persona: Persona = { id, name: '', description: '', goals: '', pains: '' };
  doc.personas.push(persona);
  updatePersona(doc, id, fields);
  return id;
}

/** Sets the given fields; a picture given as undefined is taken away. */
export function updatePersona(doc: Blueprint, id: string, fields: PersonaFields): void {
  const persona = doc.personas.find((p) => p.id === id);
  if (!persona) return;
  for (const key of ['name', 'description', 'goals', 'pains'] as const) {
    const value = fields[key];
    if (value !== undefined && persona[key] !== value) persona[key] = value;
  }
  if ('picture' in fields) {
    if (fields.picture === undefined) delete persona.picture;
    else persona.picture = fields.picture;
  }
}

/** Deletes a persona; a blueprint drawn for it then names none. */
export function deletePersona(doc: Blueprint, id: string): void {
  if (!doc.personas.some((p) => p.id === id)) return;
  doc.personas = doc.personas.filter((p) => p.id !== id);
  if (doc.meta.personaId === id) delete doc.meta.personaId;
}

/** The persona the blueprint is drawn for; null for none. */
export function choosePersona(doc: Blueprint, id: string | null): void {
  if (id === null) delete doc.meta.personaId;
  else if (doc.personas.some((p) => p.id === id)) doc.meta.personaId = id;
}
