// The server handler's TypeScript source, compiled in memory and imported, for code that runs in plain
// Node without a build: the dev server (the demo's "Voyado through the server handler" source) and the
// Node tests. esbuild comes with @web/dev-server-esbuild, so it is resolved from there.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(createRequire(import.meta.url).resolve('@web/dev-server-esbuild'));
const ENTRY = fileURLToPath(new URL('../src/server/index.ts', import.meta.url));

/** `src/server/index.ts` as a module: bundled (it has no dependencies) and imported from a data: URL. */
export async function importServerModule() {
  const { build } = require('esbuild');
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'node20',
    write: false,
    sourcemap: 'inline',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
