import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describeErrors, loadBlueprintText, newBlueprint, type Blueprint } from '../../model';

/** The documents a store starts from in the property tests: a blank one and every example. */

const examplesDir = new URL('../../../examples/', import.meta.url);

function loadExample(name: string): Blueprint {
  const result = loadBlueprintText(readFileSync(new URL(name, examplesDir), 'utf8'));
  if (!result.ok) throw new Error(`${name}: ${describeErrors(result.errors)}`);
  return result.value;
}

const startDocuments: Record<string, Blueprint> = {
  blank: newBlueprint(),
  ...Object.fromEntries(
    readdirSync(examplesDir)
      .filter((name) => name.endsWith('.blueprint.json'))
      .map((name) => [name, loadExample(name)]),
  ),
};

/** The document a store starts from, by name (a counterexample then prints as a short name). */
export function startDocument(name: string): Blueprint {
  const doc = startDocuments[name];
  if (!doc) throw new Error(`no start document "${name}"`);
  return doc;
}

/** A blank blueprint (mostly: short scripts reach more corners of a small document) or an example. */
export const startDocumentName: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constant('blank') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(...Object.keys(startDocuments).filter((n) => n !== 'blank')),
  },
);
