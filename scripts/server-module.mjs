// The server handler's TypeScript source, compiled in memory and imported, for code that runs in plain
// Node without a build: the dev server (the demo's "Voyado through the server handler" source) and the
// Node tests. esbuild comes with @web/dev-server-esbuild, so it is resolved from there.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(createRequire(import.meta.url).resolve('@web/dev-server-esbuild'));
const ENTRY = fileURLToPath(new URL('../src/server/index.ts', import.meta.url));

/** What esbuild bundles from `entry` (default `src/server/index.ts`): its code and the files it read. */
export async function bundleServerModule(entry = ENTRY) {
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
  });
  return { code: result.outputFiles[0].text, inputs: Object.keys(result.metafile.inputs) };
}

/**
 * `src/server/index.ts` (or another of its files) as a module: bundled (it has no dependencies) and
 * imported from a data: URL.
 */
export async function importServerModule(entry = ENTRY) {
  const { code } = await bundleServerModule(entry);
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
