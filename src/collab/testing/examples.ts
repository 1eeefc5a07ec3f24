import { readdirSync, readFileSync } from 'node:fs';
import { describeErrors, loadBlueprintText, type Blueprint } from '../../model';

const dir = new URL('../../../examples/', import.meta.url);

export const EXAMPLE_NAMES: readonly string[] = readdirSync(dir)
  .filter((name) => name.endsWith('.blueprint.json'))
  .sort();

/** An example blueprint from examples/, loaded as the app loads a file. */
export function loadExample(name: string): Blueprint {
  const result = loadBlueprintText(readFileSync(new URL(name, dir), 'utf8'));
  if (!result.ok) throw new Error(`${name}: ${describeErrors(result.errors)}`);
  return result.value;
}
