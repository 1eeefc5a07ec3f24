/** A deep copy of JSON values, so immer drafts and frozen objects copy alike. */
export function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
