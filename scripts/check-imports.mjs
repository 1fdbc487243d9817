#!/usr/bin/env node
// Checks the import graph of src/: no cycles, and layers that point one way. A lower layer never imports a
// higher one, so pure logic (statuses, languages, data) stays free of elements, controllers and views, and the
// first file (first/) never needs the rest of the widget (rest/) to draw its rows:
//   statuses → languages → data → events → first → rest → the elements and entry points (src/*.ts)
// The one way up is a dynamic `import()`: that is how the first file fetches what arrives after it.
// `src/server/` holds the server half: it may use statuses and data only (no Lit, no DOM).
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const LAYERS = ['statuses', 'languages', 'data', 'events', 'first', 'rest', 'elements'];

/** A file's layer, from where it sits. */
function layerOf(file) {
  const path = relative(SRC, file);
  const [top] = path.split('/');
  if (path === 'events.ts') return 'events';
  if (top === 'server') return 'server';
  return path.includes('/') ? top : 'elements';
}

/** Which layers each layer may import: its own and every one below it. */
function mayImport(from, to) {
  if (from === 'server') return to === 'server' || to === 'statuses' || to === 'data';
  if (to === 'server') return false;
  return LAYERS.indexOf(to) <= LAYERS.indexOf(from);
}

async function sourceFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
    }),
  );
  return nested.flat();
}

/**
 * Relative imports and re-exports of a file, type-only ones included (a type cycle is still a knot), each marked
 * `lazy` when it is a dynamic `import()`.
 */
async function importsOf(file) {
  const text = await readFile(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:import|export)\s[^'";]*?from\s*'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g)];
  return specifiers.map((match) => ({
    path: resolve(dirname(file), (match[1] ?? match[2]).replace(/\.js$/, '.ts')),
    lazy: match[2] !== undefined,
  }));
}

const files = await sourceFiles(SRC);
const graph = new Map(await Promise.all(files.map(async (file) => [file, await importsOf(file)])));
const problems = [];

for (const [file, imports] of graph) {
  for (const { path: target, lazy } of imports) {
    const [from, to] = [layerOf(file), layerOf(target)];
    if (!lazy && !mayImport(from, to)) {
      problems.push(`${relative(SRC, file)} (${from}) imports ${relative(SRC, target)} (${to}), a higher layer.`);
    }
  }
}

// Depth-first search; a file met again while still on the path closes a cycle.
const state = new Map();
function visit(file, path) {
  if (state.get(file) === 'done') return;
  if (state.get(file) === 'open') {
    const cycle = path.slice(path.indexOf(file)).concat(file);
    problems.push(`Import cycle: ${cycle.map((f) => relative(SRC, f)).join(' → ')}`);
    return;
  }
  state.set(file, 'open');
  // A dynamic import is loaded after its importer has run: it closes no cycle.
  for (const { path: target, lazy } of graph.get(file) ?? [])
    if (!lazy && graph.has(target)) visit(target, [...path, file]);
  state.set(file, 'done');
}
for (const file of graph.keys()) visit(file, []);

if (problems.length) {
  console.error(`src/ import graph:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`src/ import graph: ${graph.size} files, no cycle, layers point one way.`);
