import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The session layer must have one direction: UI calls it, it never reaches back (issue 13 part 0). */

const SRC = resolve(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec.replace(/\.js$/, ''));
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next form
    }
  }
  return null;
}

/** Static imports only: a dynamic import() is how a lazy view is loaded, not a dependency cycle. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map(
    (m) => m[1]!,
  );
  return specs.map((spec) => resolveImport(file, spec)).filter((p): p is string => p !== null);
}

function findCycles(files: string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const cycles: string[][] = [];
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'active');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'active') cycles.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  files.forEach((f) => state.has(f) || visit(f));
  return cycles.map((cycle) => cycle.map((f) => relative(SRC, f)));
}

describe('import graph', () => {
  const files = sourceFiles(SRC);

  it('has no import circle anywhere in src', () => {
    expect(findCycles(files)).toEqual([]);
  });

  it('keeps src/session free of UI, canvas and React', () => {
    const offending = files
      .filter((f) => relative(SRC, f).startsWith('session'))
      .flatMap((f) => {
        const text = readFileSync(f, 'utf8');
        return /from '(react|react-dom|@xyflow\/react|zustand)'|from '\.\.\/(ui|canvas|wizard)\//.test(
          text,
        )
          ? [relative(SRC, f)]
          : [];
      });
    expect(offending).toEqual([]);
  });

  it('finds a circle when there is one (the check itself works)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-graph-'));
    writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = b;\n");
    writeFileSync(join(dir, 'b.ts'), "import type { a } from './a';\nexport const b = 1 as a;\n");
    writeFileSync(join(dir, 'c.ts'), "const lazy = () => import('./a');\nexport { lazy };\n");
    try {
      expect(findCycles(sourceFiles(dir)).map((cycle) => cycle.length)).toEqual([2]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
