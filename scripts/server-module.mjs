// The server handler's TypeScript source, compiled in memory and imported, for code that runs in plain
// Node without a build: the dev server (the demo's "Voyado through the server handler" source) and the
// Node tests. esbuild comes with @web/dev-server-esbuild, so it is resolved from there.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(createRequire(import.meta.url).resolve('@web/dev-server-esbuild'));
const ENTRY = fileURLToPath(new URL('../src/server/index.ts', import.meta.url));
// Where a bundle that imports packages is written: inside the project, so those imports resolve.
const CACHE = fileURLToPath(new URL('../node_modules/.cache/message-status-list/', import.meta.url));

/**
 * What esbuild bundles from `entry` (default `src/server/index.ts`): its code and the files it read.
 * `external` names packages left as imports.
 */
export async function bundleServerModule(entry = ENTRY, external = []) {
  const { build } = require('esbuild');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'node20',
    write: false,
    sourcemap: 'inline',
    logLevel: 'silent',
    metafile: true,
    external,
  });
  return { code: result.outputFiles[0].text, inputs: Object.keys(result.metafile.inputs) };
}

let written = 0;

/**
 * `src/server/index.ts` (or another of its files) as a module: bundled and imported from a data: URL, or,
 * when it imports `external` packages (which a data: URL cannot resolve), from a file beside node_modules.
 */
export async function importServerModule(entry = ENTRY, { external = [] } = {}) {
  const { code } = await bundleServerModule(entry, external);
  if (external.length === 0) return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  mkdirSync(CACHE, { recursive: true });
  written += 1;
  const file = join(CACHE, `${basename(entry, '.ts')}-${process.pid}-${written}.mjs`);
  writeFileSync(file, code);
  process.once('exit', () => rmSync(file, { force: true }));
  return import(pathToFileURL(file).href);
}
