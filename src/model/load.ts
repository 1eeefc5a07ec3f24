import { MAX_DEPTH, tooDeep } from './depth';
import { migrate } from './migrations';
import { checkShape, validateReferences, type ValidationError } from './schema';
import { FORMAT_NAME, type Blueprint } from './types';

export type LoadResult = { ok: true; value: Blueprint } | { ok: false; errors: ValidationError[] };

const MAX_ERRORS = 20;

function fail(errors: ValidationError[]): LoadResult {
  return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Any value → a valid current Blueprint, or the problems with their paths. Never throws. */
export function loadBlueprint(raw: unknown): LoadResult {
  if (!isPlainObject(raw))
    return fail([{ path: '', message: 'not a service blueprint: expected a JSON object' }]);
  if (raw.format !== FORMAT_NAME) {
    return fail([
      { path: 'format', message: `not a service blueprint: expected "${FORMAT_NAME}"` },
    ]);
  }
  const deep = tooDeep(raw);
  if (deep !== undefined)
    return fail([{ path: deep, message: `nested more than ${MAX_DEPTH} levels deep` }]);
  const migrated = migrate(raw);
  if (!migrated.ok) return fail([{ path: migrated.path, message: migrated.message }]);
  const shaped = checkShape(migrated.value);
  if (!shaped.ok) return fail(shaped.errors);
  const refErrors = validateReferences(shaped.value);
  if (refErrors.length) return fail(refErrors);
  return { ok: true, value: shaped.value };
}

/** Text of a file → Blueprint or errors; JSON syntax errors are reported as such. */
export function loadBlueprintText(text: string): LoadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail([{ path: '', message: `not JSON (${detail})` }]);
  }
  return loadBlueprint(raw);
}

export function describeErrors(errors: readonly ValidationError[]): string {
  return errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ');
}
