// Modules depend on each other in one direction only (issue 21.2: "no module is a hub; farm-style circles
// gone"): the graph of which module's code imports which other module has no cycle. Test files may reach
// across (a test of referrals registers children); production code may not go round in a circle, or a change
// to one module can no longer be understood without all the others in the circle.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MODULES = path.dirname(fileURLToPath(import.meta.url));
const IMPORT = /from '((?:\.\.\/)+[^']+)'/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return file.endsWith('.ts') && !file.endsWith('.test.ts') ? [file] : [];
  });
}

/** Module → the other modules its production code imports. */
function moduleGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const name of readdirSync(MODULES, { withFileTypes: true }).filter((e) => e.isDirectory()))
    graph.set(name.name, new Set());
  for (const [name, targets] of graph)
    for (const file of sources(path.join(MODULES, name)))
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const relative = path.relative(MODULES, path.resolve(path.dirname(file), spec!));
        const target = relative.split(path.sep)[0]!;
        if (!relative.startsWith('..') && target !== name && graph.has(target)) targets.add(target);
      }
  return graph;
}

/** A cycle through the graph (its modules, first repeated at the end), or null. */
function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    trail.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') return [...trail.slice(trail.indexOf(next)), next];
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    trail.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of [...graph.keys()].sort()) {
    if (state.has(node)) continue;
    const found = visit(node);
    if (found) return found;
  }
  return null;
}

describe('the modules', () => {
  it('import each other without a cycle', () => {
    const graph = moduleGraph();
    expect(graph.size).toBeGreaterThan(20);
    expect([...graph.values()].reduce((n, s) => n + s.size, 0)).toBeGreaterThan(50);
    expect(findCycle(graph)?.join(' → ') ?? null).toBeNull();
  });

  it('finds a cycle where there is one (the check itself)', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(findCycle(graph)).toEqual(['a', 'b', 'c', 'a']);
    graph.get('c')!.clear();
    expect(findCycle(graph)).toBeNull();
  });
});
