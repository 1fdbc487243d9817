#!/usr/bin/env node
// Writes custom-elements.json, the custom elements manifest the package ships (`npm run analyze`,
// and part of `npm run build`, so `npm pack` always carries a fresh one). The analyzer reads the
// JSDoc in src/ (with custom-elements-manifest.config.mjs); its module paths then point at the
// shipped `dist/*.js` rather than at `src/*.ts`, which is not in the package.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { validateCem } from '@wc-toolkit/cem-validator';
import { writeFrameworkData } from './framework-data.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = fileURLToPath(new URL('../custom-elements.json', import.meta.url));

/** `src/message-status-list.ts` → `dist/message-status-list.js`, everywhere in the manifest. */
function toShippedPaths(value) {
  if (typeof value === 'string') return value.replace(/^\/?src\/(.+)\.ts$/, 'dist/$1.js');
  if (Array.isArray(value)) return value.map(toShippedPaths);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toShippedPaths(inner)]));
  }
  return value;
}

// The analyzer reads its config and package.json from the working directory.
process.chdir(ROOT);
const manifest = await cli({ argv: ['analyze', '--quiet'], cwd: ROOT, noWrite: true });
const elements = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement));
if (elements.length === 0) {
  console.error('custom-elements.json: the analyzer found no custom elements in src/.');
  process.exit(1);
}
// Every event's detail type reaches the editors and the framework types only through the manifest.
const untyped = elements.flatMap((e) =>
  (e.events ?? []).filter((event) => !event.type?.text).map((event) => event.name),
);
if (untyped.length > 0) {
  console.error(`custom-elements.json: no type for the events ${untyped.join(', ')}; add them to the event map.`);
  process.exit(1);
}
const shipped = toShippedPaths(manifest);
// After a build, leave out the modules rollup emitted no file for: they hold only types, or only re-export what
// another module holds (`src/data/types.ts` re-exports the channels), so a tool would find nothing at their path.
if (existsSync(join(ROOT, 'dist/define.js'))) {
  shipped.modules = shipped.modules.filter((mod) => existsSync(join(ROOT, mod.path)));
}
// package.json's fields, the module and definition paths, tag names. Two rules are off: the analyzer picks the
// schema version, and the types the elements use are exported from the main entry, where the validator does not look.
try {
  await validateCem(shipped, { rules: { manifest: { schemaVersion: 'off', exportTypes: 'off' } } });
} catch (error) {
  console.error(`custom-elements.json: ${error.message}`);
  process.exit(1);
}
// Compact: tools read it, people read docs/api.md (made from it); indented, it was a quarter of the installed package.
await writeFile(OUT, `${JSON.stringify(shipped)}\n`);
console.log(`custom-elements.json: ${elements.map((e) => `<${e.tagName ?? e.name}>`).join(', ')}.`);
const generated = await writeFrameworkData(shipped);
console.log(`Editor and framework data: ${generated.join(', ')}.`);
