import { formatPath } from './schema';

/**
 * A real blueprint nests about five levels deep (document → steps → step → failPoint → field).
 * Far deeper junk in a field the schema does not check would be kept on load and then break
 * whatever walks the document recursively: JSON.stringify on Save and autosave, immer's
 * freezing, structuredClone (all throw RangeError near 10,000 levels). It is refused instead.
 */
export const MAX_DEPTH = 64;

const isPathPart = (key: string | number) =>
  typeof key === 'number' || /^[A-Za-z_$][\w$]*$/.test(key);

/** Where the document first nests deeper than MAX_DEPTH (the path of the field that holds it). */
export function tooDeep(value: unknown, maxDepth: number = MAX_DEPTH): string | undefined {
  // Iterative, so that the check itself cannot overflow the stack. Only the first three path
  // parts are kept (enough to name the field, cheap for every node), and none after a key
  // that a path cannot show plainly.
  const stack: { value: object; depth: number; path: PropertyKey[] }[] = [];
  const visit = (child: unknown, depth: number, path: PropertyKey[]) => {
    if (typeof child === 'object' && child !== null) stack.push({ value: child, depth, path });
  };
  visit(value, 0, []);
  while (stack.length) {
    const node = stack.pop()!;
    if (node.depth >= maxDepth) return formatPath(node.path);
    const named = node.path.length < 3 && node.path.length === node.depth;
    const childPath = (key: string | number) =>
      named && isPathPart(key) ? [...node.path, key] : node.path;
    if (Array.isArray(node.value))
      node.value.forEach((child: unknown, i) => visit(child, node.depth + 1, childPath(i)));
    else
      for (const [key, child] of Object.entries(node.value))
        visit(child, node.depth + 1, childPath(key));
  }
  return undefined;
}
