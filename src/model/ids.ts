/** Short random ids, unique enough within one document; `taken` guards against the rare clash. */
export function newId(prefix: string, taken?: (id: string) => boolean): string {
  for (;;) {
    const id = `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
    if (!taken || !taken(id)) return id;
  }
}
