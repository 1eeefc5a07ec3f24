import type { Blueprint, BlueprintMeta } from '../types';
import { amount } from './numbers';

const META_TEXT = [
  'service',
  'customerSegment',
  'scenario',
  'scenarioStart',
  'scenarioEnd',
  'author',
  'locale',
] as const;

/**
 * Sets the given facts about the service. `toleranceMin` given as undefined is cleared ("not
 * known"), a negative one becomes 0 and one that is not finite is refused; other undefined
 * fields are ignored.
 */
export function setMeta(doc: Blueprint, fields: Partial<BlueprintMeta>): void {
  for (const key of META_TEXT) {
    const value = fields[key];
    if (value !== undefined) doc.meta[key] = value;
  }
  if (!('toleranceMin' in fields)) return;
  if (fields.toleranceMin === undefined) {
    delete doc.meta.toleranceMin;
    return;
  }
  const minutes = amount(fields.toleranceMin);
  if (minutes !== undefined) doc.meta.toleranceMin = minutes;
}
