/**
 * A Storage stand-in over a Map. `failWith` makes setItem throw like a full or blocked store;
 * `capacity` (characters of keys and values) makes it throw QuotaExceededError past it.
 */
export function fakeStorage(
  initial: Record<string, string> = {},
  options: { failWith?: () => Error; capacity?: number } = {},
): Storage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  const used = () => [...data].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k: string) => data.get(k) ?? null,
    key: (i: number) => [...data.keys()][i] ?? null,
    removeItem: (k: string) => void data.delete(k),
    setItem: (k: string, v: string) => {
      if (options.failWith) throw options.failWith();
      const after =
        used() - (data.has(k) ? k.length + data.get(k)!.length : 0) + k.length + v.length;
      if (options.capacity !== undefined && after > options.capacity)
        throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
  };
}
